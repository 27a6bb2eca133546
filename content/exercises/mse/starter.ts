/**
 * The mean of the squared differences between true values and predictions.
 * Throws a RangeError for empty input or mismatched lengths.
 */
export function meanSquaredError(yTrue: readonly number[], yPred: readonly number[]): number {
  // Your code here.
  throw new Error('meanSquaredError is not written yet');
}
