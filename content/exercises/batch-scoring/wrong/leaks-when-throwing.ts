// fails-first: no-leak-when-throwing
// Makes the model's weights into tensors first and checks batchSize after: the RangeError
// is right, but the two weight tensors are never disposed when it is thrown.
import * as tf from '@tensorflow/tfjs';

export function scoreBatch(
  model: { slope: number; intercept: number },
  xs: readonly (number | null)[],
  options: { batchSize: number; fallback: number },
): { predictions: number[]; fallbackRows: number[] } {
  const slope = tf.scalar(model.slope);
  const intercept = tf.scalar(model.intercept);
  if (!Number.isInteger(options.batchSize) || options.batchSize < 1) throw new RangeError('bad batchSize');
  const fallbackRows: number[] = [];
  const valid: number[] = [];
  xs.forEach((x, row) => (x !== null && Number.isFinite(x) ? valid.push(row) : fallbackRows.push(row)));
  const predictions = xs.map(() => options.fallback);
  for (let start = 0; start < valid.length; start += options.batchSize) {
    const rows = valid.slice(start, start + options.batchSize);
    const scores = tf.tidy(() =>
      tf
        .tensor1d(rows.map((row) => xs[row]!))
        .mul(slope)
        .add(intercept)
        .dataSync(),
    );
    rows.forEach((row, i) => (predictions[row] = scores[i]!));
  }
  tf.dispose([slope, intercept]);
  return { predictions, fallbackRows };
}
