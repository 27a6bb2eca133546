/**
 * Accepted variant: uses MSE(constant c) = variance(testY) + (mean(testY) − c)², computing
 * both means with a running (Welford) update instead of a sum.
 */
export function baselineMse(trainY: readonly number[], testY: readonly number[]): number {
  if (trainY.length === 0 || testY.length === 0) throw new RangeError('baselineMse: both arrays must be non-empty');
  let trainMean = 0;
  trainY.forEach((y, i) => (trainMean += (y - trainMean) / (i + 1)));
  let testMean = 0;
  let m2 = 0;
  testY.forEach((y, i) => {
    const delta = y - testMean;
    testMean += delta / (i + 1);
    m2 += delta * (y - testMean);
  });
  return m2 / testY.length + (testMean - trainMean) ** 2;
}
