/**
 * The population stability index exactly as the monitoring lesson defines it: inner edges
 * at the reference's j/bins quantiles (numpy's linear interpolation), open end bins, bins
 * closed on the right, shares floored at 0.0001, and PSI = Σ (c − r) · ln(c / r).
 */

/** The floor that replaces a share of 0, because ln(0) is minus infinity. */
export const SHARE_FLOOR = 0.0001;

/** The q-quantile of ascending `sorted` values: position (n − 1) · q, interpolated linearly. */
export function quantile(sorted: readonly number[], q: number): number {
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below]! + (position - below) * (sorted[above]! - sorted[below]!);
}

/** The bins − 1 inner edges: the reference's j/bins quantiles for j = 1 … bins − 1. */
export function quantileEdges(reference: readonly number[], bins: number): number[] {
  const sorted = [...reference].sort((a, b) => a - b);
  return Array.from({ length: bins - 1 }, (_, j) => quantile(sorted, (j + 1) / bins));
}

/** The share of `values` in each bin; a value equal to an edge belongs to the bin below it. */
export function binShares(values: readonly number[], edges: readonly number[]): number[] {
  const counts: number[] = Array.from({ length: edges.length + 1 }, () => 0);
  for (const value of values) {
    let bin = 0;
    while (bin < edges.length && value > edges[bin]!) bin += 1;
    counts[bin]! += 1;
  }
  return counts.map((count) => count / values.length);
}

/** PSI from the two sets of shares, each 0 replaced by SHARE_FLOOR. */
export function psiFromShares(reference: readonly number[], current: readonly number[]): number {
  let total = 0;
  reference.forEach((share, bin) => {
    const r = share === 0 ? SHARE_FLOOR : share;
    const c = current[bin] === 0 ? SHARE_FLOOR : current[bin]!;
    total += (c - r) * Math.log(c / r);
  });
  return total;
}

/** How the course reads a PSI: below 0.1 stable, 0.1 to 0.2 worth watching, above 0.2 drift. */
export type PsiBand = 'stable' | 'watch' | 'drift';

/** The band of `psi` (0.1 counts as watching; only above 0.2 is drift, as in `hasDrifted`). */
export const psiBand = (psi: number): PsiBand => (psi > 0.2 ? 'drift' : psi >= 0.1 ? 'watch' : 'stable');
