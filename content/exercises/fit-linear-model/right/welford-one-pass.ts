// Accepted (learner style): Welford's one-pass running means and co-moments, plain numbers.
export function fitLinear(xs: readonly number[], ys: readonly number[]): { slope: number; intercept: number } {
  if (xs.length < 2) throw new RangeError('fewer than two points');
  if (xs.length !== ys.length) throw new RangeError('xs and ys differ in length');
  let n = 0,
    mx = 0,
    my = 0,
    cxx = 0,
    cxy = 0;
  for (let i = 0; i < xs.length; i++) {
    n++;
    const dx = xs[i]! - mx;
    mx += dx / n;
    my += (ys[i]! - my) / n;
    cxx += dx * (xs[i]! - mx);
    cxy += dx * (ys[i]! - my);
  }
  if (cxx === 0) throw new RangeError('zero variance in xs');
  const slope = cxy / cxx;
  return { slope, intercept: my - slope * mx };
}
