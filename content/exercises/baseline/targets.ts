import type { SeededRandom } from '../../../src/grading/seeded-random.ts';

/**
 * `count` integer targets whose mean is exactly `mean`: the last one is set to make the sum
 * `mean × count`. Integer sums are exact in float64, so two such arrays with the same mean
 * give bit-identical results whether a solution predicts train's mean or test's.
 */
export function targetsWithMean(random: SeededRandom, count: number, mean: number, spread: number): number[] {
  const values = random.many(count - 1, (r) => mean + r.int(-spread, spread));
  return [...values, mean * count - values.reduce((sum, y) => sum + y, 0)];
}

/** The mean of a list (the grader's own, to explain a leak in a message). */
export const meanOf = (values: readonly number[]) => values.reduce((sum, y) => sum + y, 0) / values.length;

/** The MSE of predicting `prediction` for every value. */
export const mseAround = (values: readonly number[], prediction: number) =>
  values.reduce((sum, y) => sum + (y - prediction) ** 2, 0) / values.length;
