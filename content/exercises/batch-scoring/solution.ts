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
  const { batchSize, fallback } = options;
  // Validate before any tensor exists, so throwing cannot leave one behind.
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new RangeError(`batchSize must be a positive integer, got ${batchSize}`);
  }

  // One pass in input order sorts the rows: the fallback rows come out ascending, and a bad
  // value is never copied into anything a tensor is made from.
  const predictions = new Array<number>(xs.length);
  const fallbackRows: number[] = [];
  const validRows: number[] = [];
  xs.forEach((x, row) => {
    if (x === null || !Number.isFinite(x)) {
      predictions[row] = fallback;
      fallbackRows.push(row);
    } else {
      validRows.push(row);
    }
  });

  // Chunks of at most batchSize valid values: the last one may be shorter, never dropped.
  // tf.tidy frees every tensor made inside; dataSync copies the chunk's scores out first.
  for (let start = 0; start < validRows.length; start += batchSize) {
    const rows = validRows.slice(start, start + batchSize);
    const scores = tf.tidy(() =>
      tf
        .tensor1d(rows.map((row) => xs[row]!))
        .mul(model.slope)
        .add(model.intercept)
        .dataSync(),
    );
    rows.forEach((row, i) => {
      predictions[row] = scores[i]!;
    });
  }
  return { predictions, fallbackRows };
}
