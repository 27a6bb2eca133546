// fails-first: unbiased-shuffle
// Every k-th row from a random start (wrapping round the end): looks spread out, but two neighbouring rows are never in test together.
export function trainTestSplit<T>(rows: readonly T[], testFraction: number, rng: () => number): { train: T[]; test: T[] } {
  if (!(testFraction > 0 && testFraction < 1)) throw new RangeError('bad fraction');
  const testSize = Math.ceil(testFraction * rows.length);
  if (testSize === 0 || testSize === rows.length) throw new RangeError('empty side');
  const step = Math.floor(rows.length / testSize);
  const start = Math.floor(rng() * rows.length);
  const chosen = new Set(Array.from({ length: testSize }, (_, i) => (start + i * step) % rows.length));
  return { test: rows.filter((_, i) => chosen.has(i)), train: rows.filter((_, i) => !chosen.has(i)) };
}
