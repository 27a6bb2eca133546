/**
 * Splits rows at random into a training set and a test set of
 * Math.ceil(testFraction × rows.length) rows, using only `rng` for randomness.
 */
export function trainTestSplit<T>(rows: readonly T[], testFraction: number, rng: () => number): { train: T[]; test: T[] } {
  // Your code here.
  throw new Error('trainTestSplit is not written yet');
}
