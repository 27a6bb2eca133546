/**
 * The mean of the squared differences between true values and predictions.
 * Throws a RangeError for empty input or mismatched lengths.
 */
export function meanSquaredError(yTrue: readonly number[], yPred: readonly number[]): number {
  if (yTrue.length === 0) throw new RangeError('meanSquaredError needs at least one value');
  if (yTrue.length !== yPred.length) {
    throw new RangeError(`yTrue has ${yTrue.length} values but yPred has ${yPred.length}`);
  }
  let sum = 0;
  for (let i = 0; i < yTrue.length; i += 1) {
    const difference = yPred[i]! - yTrue[i]!;
    sum += difference * difference;
  }
  return sum / yTrue.length;
}
