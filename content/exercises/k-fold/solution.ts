/**
 * Splits the indices 0 … n−1 into k folds for cross-validation, shuffled with `rng`.
 * Validation sets are disjoint, cover every index once and differ in size by at most one;
 * each fold trains on every index outside its validation set.
 * Throws a RangeError unless n and k are integers with 2 ≤ k ≤ n.
 */
export function kFold(n: number, k: number, rng: () => number): { train: number[]; validation: number[] }[] {
  // Number.isInteger is false for NaN, ±Infinity and fractions, so one test covers them all.
  if (!Number.isInteger(n) || !Number.isInteger(k)) throw new RangeError(`n and k must be integers, got n = ${n}, k = ${k}`);
  if (k < 2 || k > n) throw new RangeError(`k must be between 2 and n (${n}), got ${k}`);

  // Fisher–Yates on 0 … n−1: every order is equally likely, and rng is the only randomness.
  const shuffled = Array.from({ length: n }, (_, index) => index);
  for (let i = n - 1; i > 0; i -= 1) {
    const j = Math.floor(rng() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }

  // scikit-learn's sizes: every fold gets floor(n / k), and the first n % k folds one more,
  // so no fold is more than one index bigger than another.
  const folds: { train: number[]; validation: number[] }[] = [];
  let start = 0;
  for (let fold = 0; fold < k; fold += 1) {
    const size = Math.floor(n / k) + (fold < n % k ? 1 : 0);
    const validation = shuffled.slice(start, start + size);
    // Train is the complement: everything before and after this fold's block.
    const train = [...shuffled.slice(0, start), ...shuffled.slice(start + size)];
    folds.push({ train, validation });
    start += size;
  }
  return folds;
}
