/**
 * The population stability index of `current` against `reference`, over `bins` quantile
 * bins of the reference: Σ (c − r)·ln(c / r) over the bins, where r and c are the shares of
 * reference and current values in each bin (a share of 0 counts as 1e-4).
 */
export function populationStabilityIndex(reference: readonly number[], current: readonly number[], bins: number): number {
  // Your code here.
  throw new Error('populationStabilityIndex is not written yet');
}

/** Whether `current` has drifted from `reference`: PSI over 10 bins above the usual 0.2. */
export function hasDrifted(reference: readonly number[], current: readonly number[]): boolean {
  // Your code here.
  throw new Error('hasDrifted is not written yet');
}
