// fails-first: does-not-mutate
// Centres xs in the caller's array to save a copy: the fit is right, the caller's data is not.
export function fitLinear(xs: readonly number[], ys: readonly number[]): { slope: number; intercept: number } {
  if (xs.length < 2) throw new RangeError('too few points');
  if (xs.length !== ys.length) throw new RangeError('length mismatch');
  if (xs.every((x) => x === xs[0])) throw new RangeError('constant xs');
  const scratch = xs as number[];
  const xMean = scratch.reduce((a, b) => a + b, 0) / scratch.length;
  const yMean = ys.reduce((a, b) => a + b, 0) / ys.length;
  for (let i = 0; i < scratch.length; i += 1) scratch[i] = scratch[i]! - xMean;
  let covariance = 0;
  let variance = 0;
  for (let i = 0; i < scratch.length; i += 1) {
    covariance += scratch[i]! * (ys[i]! - yMean);
    variance += scratch[i]! ** 2;
  }
  const slope = covariance / variance;
  return { slope, intercept: yMean - slope * xMean };
}
