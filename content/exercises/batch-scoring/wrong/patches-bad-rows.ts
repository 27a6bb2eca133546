// fails-first: bad-rows-never-reach-model
// Scores every row, NaN and Infinity included, and overwrites the bad rows' predictions
// afterwards: the output looks right, but the model saw the bad values (a real model can
// throw, or poison a batch-norm statistic, on them).
import * as tf from '@tensorflow/tfjs';

export function scoreBatch(
  model: { slope: number; intercept: number },
  xs: readonly (number | null)[],
  options: { batchSize: number; fallback: number },
): { predictions: number[]; fallbackRows: number[] } {
  if (!Number.isInteger(options.batchSize) || options.batchSize < 1) throw new RangeError('bad batchSize');
  const predictions: number[] = [];
  for (let start = 0; start < xs.length; start += options.batchSize) {
    const chunk = xs.slice(start, start + options.batchSize) as number[];
    predictions.push(...tf.tidy(() => tf.tensor1d(chunk).mul(model.slope).add(model.intercept).arraySync() as number[]));
  }
  const fallbackRows: number[] = [];
  xs.forEach((x, row) => {
    if (x === null || !Number.isFinite(x)) {
      predictions[row] = options.fallback;
      fallbackRows.push(row);
    }
  });
  return { predictions, fallbackRows };
}
