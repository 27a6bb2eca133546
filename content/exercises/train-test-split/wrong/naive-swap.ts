// fails-first: unbiased-shuffle
// The naive shuffle: swap each position with any position. n^n equally likely swap sequences cannot
// cover n! orders evenly, so rows near the front land in test more often than rows near the end.
export function trainTestSplit<T>(rows: readonly T[], testFraction: number, rng: () => number): { train: T[]; test: T[] } {
  if (!(testFraction > 0 && testFraction < 1)) throw new RangeError('bad fraction');
  const testSize = Math.ceil(testFraction * rows.length);
  if (testSize === 0 || testSize === rows.length) throw new RangeError('empty side');
  const shuffled = [...rows];
  for (let i = 0; i < shuffled.length; i += 1) {
    const j = Math.floor(rng() * shuffled.length);
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  return { test: shuffled.slice(0, testSize), train: shuffled.slice(testSize) };
}
