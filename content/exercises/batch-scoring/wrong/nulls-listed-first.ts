// fails-first: fallback-rows
// Finds the null rows and the non-finite rows in two separate passes and lists them one
// after the other, so fallbackRows is not in ascending order.
import * as tf from '@tensorflow/tfjs';

export function scoreBatch(
  model: { slope: number; intercept: number },
  xs: readonly (number | null)[],
  options: { batchSize: number; fallback: number },
): { predictions: number[]; fallbackRows: number[] } {
  if (!Number.isInteger(options.batchSize) || options.batchSize < 1) throw new RangeError('bad batchSize');
  const nullRows = xs.flatMap((x, row) => (x === null ? [row] : []));
  const nonFiniteRows = xs.flatMap((x, row) => (x !== null && !Number.isFinite(x) ? [row] : []));
  const valid = xs.flatMap((x, row) => (x !== null && Number.isFinite(x) ? [row] : []));
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
  return { predictions, fallbackRows: [...nullRows, ...nonFiniteRows] };
}
