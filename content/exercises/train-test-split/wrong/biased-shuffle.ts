// fails-first: unbiased-shuffle
// Sorting with a random comparator looks random but favours some orders heavily.
export function trainTestSplit<T>(rows: readonly T[], testFraction: number, rng: () => number): { train: T[]; test: T[] } {
  if (!(testFraction > 0 && testFraction < 1)) throw new RangeError('bad fraction');
  const testSize = Math.ceil(testFraction * rows.length);
  if (testSize === 0 || testSize === rows.length) throw new RangeError('empty side');
  const shuffled = [...rows].sort(() => rng() - 0.5);
  return { test: shuffled.slice(0, testSize), train: shuffled.slice(testSize) };
}
