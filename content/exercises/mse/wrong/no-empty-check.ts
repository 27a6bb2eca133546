// fails-first: rejects-empty-input
// Checks the lengths but not emptiness, so two empty arrays give 0 / 0 = NaN.
export function meanSquaredError(yTrue: readonly number[], yPred: readonly number[]): number {
  if (yTrue.length !== yPred.length) throw new RangeError('length mismatch');
  let sum = 0;
  for (let i = 0; i < yTrue.length; i += 1) sum += (yPred[i]! - yTrue[i]!) ** 2;
  return sum / yTrue.length;
}
