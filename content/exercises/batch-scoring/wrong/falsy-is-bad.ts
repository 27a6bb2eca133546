// fails-first: fallback-rows
// Tests rows with `if (!x)`, so x = 0, a valid value, falls back too (NaN and null are
// caught by the same test, Infinity by the second).
import * as tf from '@tensorflow/tfjs';

export function scoreBatch(
  model: { slope: number; intercept: number },
  xs: readonly (number | null)[],
  options: { batchSize: number; fallback: number },
): { predictions: number[]; fallbackRows: number[] } {
  if (!Number.isInteger(options.batchSize) || options.batchSize < 1) throw new RangeError('bad batchSize');
  const fallbackRows: number[] = [];
  const valid: number[] = [];
  xs.forEach((x, row) => (!x || Math.abs(x) === Infinity ? fallbackRows.push(row) : valid.push(row)));
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
