// fails-first: mean-from-train
// Predicts the mean of the test targets: the test set leaks into the baseline, which then
// looks better than any honest model can.
export function baselineMse(trainY: readonly number[], testY: readonly number[]): number {
  if (trainY.length === 0 || testY.length === 0) throw new RangeError('empty input');
  const mean = testY.reduce((a, b) => a + b, 0) / testY.length;
  return testY.reduce((sum, y) => sum + (y - mean) ** 2, 0) / testY.length;
}
