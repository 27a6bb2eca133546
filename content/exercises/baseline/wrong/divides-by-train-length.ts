// fails-first: matches-reference
// Averages the test errors over the number of training rows: right only when the two
// sets happen to be the same size.
export function baselineMse(trainY: readonly number[], testY: readonly number[]): number {
  if (trainY.length === 0 || testY.length === 0) throw new RangeError('empty input');
  const mean = trainY.reduce((a, b) => a + b, 0) / trainY.length;
  return testY.reduce((sum, y) => sum + (y - mean) ** 2, 0) / trainY.length;
}
