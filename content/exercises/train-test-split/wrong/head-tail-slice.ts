// fails-first: different-seed-different-split
// Never shuffles: the test set is always the last rows of the file.
export function trainTestSplit<T>(rows: readonly T[], testFraction: number, rng: () => number): { train: T[]; test: T[] } {
  void rng;
  if (!(testFraction > 0 && testFraction < 1)) throw new RangeError('bad fraction');
  const testSize = Math.ceil(testFraction * rows.length);
  if (testSize === 0 || testSize === rows.length) throw new RangeError('empty side');
  return { train: rows.slice(0, rows.length - testSize), test: rows.slice(rows.length - testSize) };
}
