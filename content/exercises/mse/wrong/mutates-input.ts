// fails-first: does-not-mutate
// Right number, but it reuses the prediction array as scratch space.
export function meanSquaredError(yTrue: readonly number[], yPred: readonly number[]): number {
  if (yTrue.length === 0 || yTrue.length !== yPred.length) throw new RangeError('bad input');
  const scratch = yPred as number[];
  for (let i = 0; i < scratch.length; i += 1) scratch[i] = (scratch[i]! - yTrue[i]!) ** 2;
  return scratch.reduce((sum, x) => sum + x, 0) / scratch.length;
}
