/**
 * Accepted variant, functional: a value's bin is the number of edges strictly below it,
 * which puts x in (e(j−1), e(j)] and sends out-of-range values to the end bins for free.
 */
const EPSILON = 1e-4;

/** Linear interpolation between the order statistics around a (fractional) position. */
const atPosition = (sorted: readonly number[], position: number): number => {
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below);
};

export const populationStabilityIndex = (reference: readonly number[], current: readonly number[], bins: number): number => {
  const sorted = reference.slice().sort((a, b) => a - b);
  // Position (n − 1)·j / bins, multiplied before dividing as the contract says.
  const edges = Array.from({ length: bins - 1 }, (_, i) => atPosition(sorted, ((sorted.length - 1) * (i + 1)) / bins));
  const shares = (values: readonly number[]) => {
    const counts = new Array<number>(bins).fill(0);
    values.forEach((x) => {
      const bin = edges.filter((edge) => x > edge).length;
      counts[bin] = (counts[bin] ?? 0) + 1;
    });
    return counts.map((count) => count / values.length || EPSILON);
  };
  const expected = shares(reference);
  const actual = shares(current);
  return actual.reduce((sum, c, b) => sum + (c - expected[b]!) * Math.log(c / expected[b]!), 0);
};

export const hasDrifted = (reference: readonly number[], current: readonly number[]): boolean =>
  populationStabilityIndex(reference, current, 10) > 0.2;
