// fails-first: empty-and-all-bad
// Keeps each chunk's scores as a tensor and joins them with tf.concat at the end, which
// throws when there is no chunk at all: an empty night, or one where every row is bad.
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
  const parts: tf.Tensor[] = [];
  try {
    for (let start = 0; start < valid.length; start += options.batchSize) {
      const rows = valid.slice(start, start + options.batchSize);
      parts.push(
        tf.tidy(() =>
          tf
            .tensor1d(rows.map((row) => xs[row]!))
            .mul(model.slope)
            .add(model.intercept),
        ),
      );
    }
    const scores = tf.tidy(() => tf.concat(parts).dataSync());
    const predictions = xs.map(() => options.fallback);
    valid.forEach((row, i) => (predictions[row] = scores[i]!));
    return { predictions, fallbackRows };
  } finally {
    tf.dispose(parts);
  }
}
