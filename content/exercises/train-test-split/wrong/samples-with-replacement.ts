// fails-first: each-row-once
// Draws test rows with replacement: the sizes are right, but a row can appear twice and another not at all.
export function trainTestSplit<T>(rows: readonly T[], testFraction: number, rng: () => number): { train: T[]; test: T[] } {
  if (!(testFraction > 0 && testFraction < 1)) throw new RangeError('bad fraction');
  const testSize = Math.ceil(testFraction * rows.length);
  if (testSize === 0 || testSize === rows.length) throw new RangeError('empty side');
  const test = Array.from({ length: testSize }, () => rows[Math.floor(rng() * rows.length)] as T);
  const train = rows.filter((row) => !test.includes(row));
  while (train.length < rows.length - testSize) train.push(rows[Math.floor(rng() * rows.length)] as T);
  return { train: train.slice(0, rows.length - testSize), test };
}
