// Accepted (learner style): Kahan-compensated sum over entries().
export function meanSquaredError(yTrue: readonly number[], yPred: readonly number[]): number {
  if (yTrue.length !== yPred.length) throw new RangeError(`length ${yTrue.length} vs ${yPred.length}`);
  if (yTrue.length === 0) throw new RangeError('empty');
  let sum = 0,
    c = 0;
  for (const [i, t] of yTrue.entries()) {
    const y = (yPred[i]! - t) ** 2 - c;
    const s = sum + y;
    c = s - sum - y;
    sum = s;
  }
  return sum / yTrue.length;
}
