// fails-first: squared-error
// Scores with the mean absolute error instead of the mean squared error.
export function baselineMse(trainY: readonly number[], testY: readonly number[]): number {
  if (trainY.length === 0 || testY.length === 0) throw new RangeError('empty input');
  const mean = trainY.reduce((a, b) => a + b, 0) / trainY.length;
  return testY.reduce((sum, y) => sum + Math.abs(y - mean), 0) / testY.length;
}
