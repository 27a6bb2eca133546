// fails-first: rejects-bad-fraction
// Rejects fractions outside (0, 1) with `f <= 0 || f >= 1`, which is false for NaN, so NaN gives a nonsense split.
export function trainTestSplit<T>(rows: readonly T[], testFraction: number, rng: () => number): { train: T[]; test: T[] } {
  if (testFraction <= 0 || testFraction >= 1) throw new RangeError('bad fraction');
  const testSize = Math.ceil(testFraction * rows.length);
  if (testSize === 0 || testSize === rows.length) throw new RangeError('empty side');
  const shuffled = [...rows];
  for (let i = shuffled.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rng() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  return { test: shuffled.slice(0, testSize), train: shuffled.slice(testSize) };
}
