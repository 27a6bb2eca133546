// fails-first: same-seed-same-split
// Shuffles with Math.random, so the same seed gives a different split every time.
export function trainTestSplit<T>(rows: readonly T[], testFraction: number, rng: () => number): { train: T[]; test: T[] } {
  void rng;
  if (!(testFraction > 0 && testFraction < 1)) throw new RangeError('bad fraction');
  const testSize = Math.ceil(testFraction * rows.length);
  if (testSize === 0 || testSize === rows.length) throw new RangeError('empty side');
  const shuffled = [...rows];
  for (let i = shuffled.length - 1; i > 0; i -= 1) {
    const j = Math.floor(Math.random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  return { test: shuffled.slice(0, testSize), train: shuffled.slice(testSize) };
}
