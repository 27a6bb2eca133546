// fails-first: rejects-bad-batch-size
// Only rejects batchSize <= 0, so 1.5 and NaN are accepted and slice() quietly rounds the
// chunks to something nobody asked for.
import * as tf from '@tensorflow/tfjs';

export function scoreBatch(
  model: { slope: number; intercept: number },
  xs: readonly (number | null)[],
  options: { batchSize: number; fallback: number },
): { predictions: number[]; fallbackRows: number[] } {
  if (options.batchSize <= 0) throw new RangeError('batchSize must be positive');
  const fallbackRows: number[] = [];
  const valid: number[] = [];
  xs.forEach((x, row) => (x !== null && Number.isFinite(x) ? valid.push(row) : fallbackRows.push(row)));
  const predictions = xs.map(() => options.fallback);
  for (let start = 0; start < valid.length; start += options.batchSize) {
    const rows = valid.slice(start, start + options.batchSize);
    const scores = tf.tidy(() =>
      tf
        .tensor1d(rows.map((row) => xs[row]!))
        .mul(model.slope)
        .add(model.intercept)
        .dataSync(),
    );
    rows.forEach((row, i) => (predictions[row] = scores[i]!));
  }
  return { predictions, fallbackRows };
}
