// fails-first: rejects-empty
// Checks that there is something to score but not that there is something to learn from:
// an empty trainY gives a NaN prediction and a NaN score.
export function baselineMse(trainY: readonly number[], testY: readonly number[]): number {
  if (testY.length === 0) throw new RangeError('testY is empty');
  const mean = trainY.reduce((a, b) => a + b, 0) / trainY.length;
  return testY.reduce((sum, y) => sum + (y - mean) ** 2, 0) / testY.length;
}
