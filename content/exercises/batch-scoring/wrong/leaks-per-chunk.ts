// fails-first: no-tensor-leak
// Chunks right, but each chunk's tensors are never disposed (no tf.tidy): a long-running
// scoring service grows by a few tensors per chunk until it dies.
import * as tf from '@tensorflow/tfjs';

export function scoreBatch(
  model: { slope: number; intercept: number },
  xs: readonly (number | null)[],
  options: { batchSize: number; fallback: number },
): { predictions: number[]; fallbackRows: number[] } {
  if (!Number.isInteger(options.batchSize) || options.batchSize < 1) throw new RangeError('bad batchSize');
  const fallbackRows: number[] = [];
  const valid: number[] = [];
  xs.forEach((x, row) => (x !== null && Number.isFinite(x) ? valid.push(row) : fallbackRows.push(row)));
  const predictions = xs.map(() => options.fallback);
  for (let start = 0; start < valid.length; start += options.batchSize) {
    const rows = valid.slice(start, start + options.batchSize);
    const scores = tf
      .tensor1d(rows.map((row) => xs[row]!))
      .mul(model.slope)
      .add(model.intercept)
      .dataSync();
    rows.forEach((row, i) => (predictions[row] = scores[i]!));
  }
  return { predictions, fallbackRows };
}
