// fails-first: handles-length-mismatch
// Trusts that the lengths match, so a shorter yPred silently produces NaN.
export function meanSquaredError(yTrue: readonly number[], yPred: readonly number[]): number {
  if (yTrue.length === 0) throw new RangeError('empty');
  let sum = 0;
  for (let i = 0; i < yTrue.length; i += 1) sum += (yPred[i]! - yTrue[i]!) ** 2;
  return sum / yTrue.length;
}
