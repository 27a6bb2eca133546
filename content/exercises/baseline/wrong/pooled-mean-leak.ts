// fails-first: mean-from-train
// Predicts the mean of train and test together: half a leak is still a leak.
export function baselineMse(trainY: readonly number[], testY: readonly number[]): number {
  if (trainY.length === 0 || testY.length === 0) throw new RangeError('empty input');
  const all = [...trainY, ...testY];
  const mean = all.reduce((a, b) => a + b, 0) / all.length;
  return testY.reduce((sum, y) => sum + (y - mean) ** 2, 0) / testY.length;
}
