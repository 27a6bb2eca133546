/**
 * Splits rows at random into a training set and a test set of
 * Math.ceil(testFraction × rows.length) rows, using only `rng` for randomness.
 */
export function trainTestSplit<T>(rows: readonly T[], testFraction: number, rng: () => number): { train: T[]; test: T[] } {
  if (!(testFraction > 0 && testFraction < 1)) {
    throw new RangeError(`testFraction must be strictly between 0 and 1, got ${testFraction}`);
  }
  const testSize = Math.ceil(testFraction * rows.length);
  if (testSize === 0 || testSize === rows.length) {
    throw new RangeError(`splitting ${rows.length} rows with testFraction ${testFraction} leaves one side empty`);
  }
  // Fisher–Yates on a copy: every order equally likely, and the caller's array untouched.
  const shuffled = [...rows];
  for (let i = shuffled.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rng() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  return { test: shuffled.slice(0, testSize), train: shuffled.slice(testSize) };
}
