// fails-first: unbiased-shuffle
// A contiguous block at a random offset (wrapping round the end): every row has the right chance,
// but neighbours always land in test together; on a date-sorted file the test set is one period.
export function trainTestSplit<T>(rows: readonly T[], testFraction: number, rng: () => number): { train: T[]; test: T[] } {
  if (!(testFraction > 0 && testFraction < 1)) throw new RangeError('bad fraction');
  const testSize = Math.ceil(testFraction * rows.length);
  if (testSize === 0 || testSize === rows.length) throw new RangeError('empty side');
  const start = Math.floor(rng() * rows.length);
  const rotated = [...rows.slice(start), ...rows.slice(0, start)];
  return { test: rotated.slice(0, testSize), train: rotated.slice(testSize) };
}
