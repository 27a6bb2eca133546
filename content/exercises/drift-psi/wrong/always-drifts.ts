// fails-first: has-drifted
// An alarm that always rings is as useless as one that never does.
/** The share given to a bin with no values, so that ln(c / r) stays finite. */
const EMPTY_SHARE = 1e-4;

/**
 * The reference's inner bin edges: its j/bins quantiles (j = 1 … bins−1), by linear
 * interpolation between order statistics (numpy's default).
 */
function quantileEdges(reference: readonly number[], bins: number): number[] {
  const sorted = [...reference].sort((a, b) => a - b);
  const edges: number[] = [];
  for (let j = 1; j < bins; j += 1) {
    // Multiply before dividing, as the contract fixes it: (n − 1)·j / bins.
    const position = ((sorted.length - 1) * j) / bins;
    const below = Math.floor(position);
    const fraction = position - below;
    const low = sorted[below]!;
    // At a whole position the edge is that order statistic itself (no neighbour needed).
    edges.push(fraction === 0 ? low : low + (sorted[below + 1]! - low) * fraction);
  }
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

export function hasDrifted(reference: readonly number[], current: readonly number[]): boolean {
  return reference.length + current.length > 0;
}
