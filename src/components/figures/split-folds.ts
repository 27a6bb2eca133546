import { mulberry32 } from '../../grading/seeded-random.ts';

/** Which side of a train/test split each index fell on, for the evaluation figure. */
export type Side = 'train' | 'test';

/** The indices 0 … n−1 in a Fisher–Yates order drawn from `seed`: every order equally likely. */
export function shuffledIndices(n: number, seed: number): number[] {
  const random = mulberry32(seed);
  const order = Array.from({ length: n }, (_, index) => index);
  for (let i = n - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/**
 * The side of every index 0 … n−1 when the first ⌈testFraction × n⌉ indices of the seeded
 * shuffle go to test (the rule of the train-test-split exercise).
 */
export function splitSides(n: number, testFraction: number, seed: number): Side[] {
  // Less a hair before rounding up: 0.15 × 20 is 3.0000000000000004 in floating point, and
  // a learner moving a slider to 0.15 of 20 rows expects 3 test rows, not 4.
  const testSize = Math.ceil(testFraction * n - 1e-9);
  const sides: Side[] = Array.from({ length: n }, () => 'train');
  for (const index of shuffledIndices(n, seed).slice(0, testSize)) sides[index] = 'test';
  return sides;
}

/**
 * The fold (0 … k−1) that validates each index 0 … n−1: the seeded shuffle cut into k
 * blocks, the first n mod k of them one longer, as in the evaluation lesson's example.
 */
export function foldOfIndex(n: number, k: number, seed: number): number[] {
  if (!Number.isInteger(k) || k < 2 || k > n) throw new RangeError(`k must be an integer from 2 to ${n}, got ${k}`);
  const folds: number[] = Array.from({ length: n }, () => 0);
  const order = shuffledIndices(n, seed);
  let start = 0;
  for (let fold = 0; fold < k; fold += 1) {
    const size = Math.floor(n / k) + (fold < n % k ? 1 : 0);
    for (const index of order.slice(start, start + size)) folds[index] = fold;
    start += size;
  }
  return folds;
}
