// Accepted: the closed form with plain numbers and no TF.js at all (nothing to leak).
export function fitLinear(xs: readonly number[], ys: readonly number[]): { slope: number; intercept: number } {
  if (xs.length < 2) throw new RangeError('fitLinear needs at least two points');
  if (xs.length !== ys.length) throw new RangeError('xs and ys must have the same length');
  const n = xs.length;
  const xMean = xs.reduce((a, b) => a + b, 0) / n;
  const yMean = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i += 1) {
    sxy += (xs[i]! - xMean) * (ys[i]! - yMean);
    sxx += (xs[i]! - xMean) ** 2;
  }
  if (sxx === 0) throw new RangeError('all xs are equal, so no unique line fits them');
  const slope = sxy / sxx;
  return { slope, intercept: yMean - slope * xMean };
}
