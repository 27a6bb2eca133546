// fails-first: unbiased-shuffle
// Fisher–Yates's loop with j drawn from every position instead of 0..i, and the test set taken
// from the end: the same n^n-versus-n! mismatch as the naive swap, mirrored.
export function trainTestSplit<T>(rows: readonly T[], testFraction: number, rng: () => number): { train: T[]; test: T[] } {
  if (!(testFraction > 0 && testFraction < 1)) throw new RangeError('bad fraction');
  const testSize = Math.ceil(testFraction * rows.length);
  if (testSize === 0 || testSize === rows.length) throw new RangeError('empty side');
  const trainSize = rows.length - testSize;
  const shuffled = [...rows];
  for (let i = shuffled.length - 1; i >= 0; i -= 1) {
    const j = Math.floor(rng() * shuffled.length);
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  return { train: shuffled.slice(0, trainSize), test: shuffled.slice(trainSize) };
}
