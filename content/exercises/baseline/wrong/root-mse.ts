// fails-first: squared-error
// Returns the RMSE (the square root of the MSE), a different metric with different units.
export function baselineMse(trainY: readonly number[], testY: readonly number[]): number {
  if (trainY.length === 0 || testY.length === 0) throw new RangeError('empty input');
  const mean = trainY.reduce((a, b) => a + b, 0) / trainY.length;
  return Math.sqrt(testY.reduce((sum, y) => sum + (y - mean) ** 2, 0) / testY.length);
}
