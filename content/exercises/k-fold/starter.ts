/**
 * Splits the indices 0 … n−1 into k folds for cross-validation, shuffled with `rng`.
 * Validation sets are disjoint, cover every index once and differ in size by at most one;
 * each fold trains on every index outside its validation set.
 * Throws a RangeError unless n and k are integers with 2 ≤ k ≤ n.
 */
export function kFold(n: number, k: number, rng: () => number): { train: number[]; validation: number[] }[] {
  // Your code here.
  throw new Error('kFold is not written yet');
}
