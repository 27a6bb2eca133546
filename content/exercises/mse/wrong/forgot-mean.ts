// fails-first: small-example
// Sums the squared errors but never divides by the count.
export function meanSquaredError(yTrue: readonly number[], yPred: readonly number[]): number {
  if (yTrue.length === 0 || yTrue.length !== yPred.length) throw new RangeError('bad input');
  return yTrue.reduce((sum, y, i) => sum + (yPred[i]! - y) ** 2, 0);
}
