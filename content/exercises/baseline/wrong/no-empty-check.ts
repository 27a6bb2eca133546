// fails-first: rejects-empty
// Never checks for empty input, so an empty trainY gives NaN instead of an error.
export function baselineMse(trainY: readonly number[], testY: readonly number[]): number {
  const mean = trainY.reduce((a, b) => a + b, 0) / trainY.length;
  return testY.reduce((sum, y) => sum + (y - mean) ** 2, 0) / testY.length;
}
