/**
 * Accepted variant: sorts the rows into valid and fallback first, then scores the valid
 * values in chunks of batchSize, each inside tf.tidy, reading the chunk out with arraySync.
 */
import * as tf from '@tensorflow/tfjs';

export function scoreBatch(
  model: { slope: number; intercept: number },
  xs: readonly (number | null)[],
  options: { batchSize: number; fallback: number },
): { predictions: number[]; fallbackRows: number[] } {
  const { batchSize, fallback } = options;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batchSize must be a positive integer, got ${batchSize}`);
  const predictions = new Array<number>(xs.length).fill(fallback);
  const fallbackRows: number[] = [];
  const validRows: number[] = [];
  xs.forEach((x, row) => (typeof x === 'number' && Number.isFinite(x) ? validRows.push(row) : fallbackRows.push(row)));
  for (let start = 0; start < validRows.length; start += batchSize) {
    const rows = validRows.slice(start, start + batchSize);
    const scored = tf.tidy(
      () =>
        tf
          .tensor1d(rows.map((row) => xs[row] as number))
          .mul(model.slope)
          .add(model.intercept)
          .arraySync() as number[],
    );
    rows.forEach((row, i) => (predictions[row] = scored[i]!));
  }
  return { predictions, fallbackRows };
}
