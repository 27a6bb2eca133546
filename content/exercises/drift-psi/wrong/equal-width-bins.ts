// fails-first: quantile-edges
// Cuts the reference's range [min, max] into equal widths instead of taking its quantiles.
/** The share given to a bin with no values, so that ln(c / r) stays finite. */
const EMPTY_SHARE = 1e-4;

/** Equal-width edges over the reference's range (the mistake). */
function quantileEdges(reference: readonly number[], bins: number): number[] {
  const min = Math.min(...reference);
  const max = Math.max(...reference);
  const edges: number[] = [];
  for (let j = 1; j < bins; j += 1) edges.push(min + ((max - min) * j) / bins);
  return edges;
}

/** The share of values in each bin: bin 0 is (−∞, e1], bin j is (e(j), e(j+1)], the last (e(bins−1), +∞). */
function binShares(values: readonly number[], edges: readonly number[]): number[] {
  const counts = new Array<number>(edges.length + 1).fill(0);
  for (const value of values) {
    // The first edge at or above the value closes its bin; none means the last bin. So values
    // outside the reference's range land in the end bins instead of being dropped.
    let bin = 0;
    while (bin < edges.length && value > edges[bin]!) bin += 1;
    counts[bin]! += 1;
  }
  // An empty bin would make ln(c / r) infinite: give it a small share instead.
  return counts.map((count) => (count === 0 ? EMPTY_SHARE : count / values.length));
}

/**
 * The population stability index of `current` against `reference`, over `bins` quantile
 * bins of the reference: Σ (c − r)·ln(c / r) over the bins, where r and c are the shares of
 * reference and current values in each bin (a share of 0 counts as 1e-4).
 */
export function populationStabilityIndex(reference: readonly number[], current: readonly number[], bins: number): number {
  const edges = quantileEdges(reference, bins);
  const r = binShares(reference, edges);
  const c = binShares(current, edges);
  let psi = 0;
  for (let bin = 0; bin < bins; bin += 1) psi += (c[bin]! - r[bin]!) * Math.log(c[bin]! / r[bin]!);
  return psi;
}

/** Whether `current` has drifted from `reference`: PSI over 10 bins above the usual 0.2. */
export function hasDrifted(reference: readonly number[], current: readonly number[]): boolean {
  // Strictly above: 0.2 itself is still "moderate shift", not drift.
  return populationStabilityIndex(reference, current, 10) > 0.2;
}
