// fails-first: rejects-bad-fraction
// Never validates testFraction, so 1.5 or -0.2 produce a nonsense split instead of an error.
export function trainTestSplit<T>(rows: readonly T[], testFraction: number, rng: () => number): { train: T[]; test: T[] } {
  const testSize = Math.ceil(testFraction * rows.length);
  if (testSize === 0 || testSize === rows.length) throw new RangeError('empty side');
  const shuffled = [...rows];
  for (let i = shuffled.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rng() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  return { test: shuffled.slice(0, testSize), train: shuffled.slice(testSize) };
}
