import * as tf from '@tensorflow/tfjs';

/**
 * Scores xs with the linear model `slope · x + intercept`, using tensor ops on chunks of at
 * most `options.batchSize` values, and returns plain numbers in input order. A row whose x
 * is null, NaN or ±Infinity never reaches a tensor: it gets `options.fallback` and its index
 * is listed in `fallbackRows` (ascending). Leaks no tensors. Throws a RangeError when
 * batchSize is not a positive integer.
 */
export function scoreBatch(
  model: { slope: number; intercept: number },
  xs: readonly (number | null)[],
  options: { batchSize: number; fallback: number },
): { predictions: number[]; fallbackRows: number[] } {
  // Your code here. tf is imported above.
  throw new Error('scoreBatch is not written yet');
}
