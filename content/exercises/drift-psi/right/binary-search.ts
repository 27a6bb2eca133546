/**
 * Accepted variant: edges as weighted averages (1 − f)·lo + f·hi, each value placed with a
 * binary search for the first edge ≥ it, counts kept in an Int32Array.
 */
export function populationStabilityIndex(reference: readonly number[], current: readonly number[], bins: number): number {
  const sorted = [...reference].sort((a, b) => a - b);
  const n = sorted.length;
  const edges: number[] = [];
  for (let j = 1; j < bins; j++) {
    const pos = ((n - 1) * j) / bins;
    const lo = Math.floor(pos);
    const hi = Math.min(lo + 1, n - 1);
    const f = pos - lo;
    edges.push(f === 0 ? sorted[lo]! : (1 - f) * sorted[lo]! + f * sorted[hi]!);
  }
  const binOf = (x: number): number => {
    let low = 0;
    let high = edges.length; // answer in [0, edges.length]
    while (low < high) {
      const mid = (low + high) >> 1;
      if (x <= edges[mid]!) high = mid;
      else low = mid + 1;
    }
    return low;
  };
  const share = (values: readonly number[]) => {
    const counts = new Int32Array(bins);
    for (const x of values) counts[binOf(x)]! += 1;
    return Array.from(counts, (count) => (count === 0 ? 1e-4 : count / values.length));
  };
  const r = share(reference);
  const c = share(current);
  let psi = 0;
  for (let b = 0; b < bins; b++) psi += (c[b]! - r[b]!) * Math.log(c[b]! / r[b]!);
  return psi;
}

/** True when PSI over 10 bins exceeds 0.2. */
export function hasDrifted(reference: readonly number[], current: readonly number[]): boolean {
  return populationStabilityIndex(reference, current, 10) > 0.2;
}
