// fails-first: small-example
// Mean absolute error instead of squared: a common mix-up between the two metrics.
export function meanSquaredError(yTrue: readonly number[], yPred: readonly number[]): number {
  if (yTrue.length === 0 || yTrue.length !== yPred.length) throw new RangeError('bad input');
  let sum = 0;
  for (let i = 0; i < yTrue.length; i += 1) sum += Math.abs(yPred[i]! - yTrue[i]!);
  return sum / yTrue.length;
}
