// fails-first: chunks-at-most-batch-size
// Right numbers, but every valid row goes into one tensor: batchSize is validated and then
// ignored, so a big night's table needs all its memory at once.
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
  const scores = tf.tidy(() =>
    tf
      .tensor1d(valid.map((row) => xs[row]!))
      .mul(model.slope)
      .add(model.intercept)
      .dataSync(),
  );
  valid.forEach((row, i) => (predictions[row] = scores[i]!));
  return { predictions, fallbackRows };
}
