// fails-first: scores-in-order
// Loops while a whole chunk still fits (start + batchSize <= n), so the last, partial
// chunk is never scored: its rows keep no prediction at all.
import * as tf from '@tensorflow/tfjs';

export function scoreBatch(
  model: { slope: number; intercept: number },
  xs: readonly (number | null)[],
  options: { batchSize: number; fallback: number },
): { predictions: number[]; fallbackRows: number[] } {
  if (!Number.isInteger(options.batchSize) || options.batchSize < 1) throw new RangeError('bad batchSize');
  const predictions: number[] = [];
  const fallbackRows: number[] = [];
  for (let start = 0; start + options.batchSize <= xs.length; start += options.batchSize) {
    const chunk = xs.slice(start, start + options.batchSize);
    const good = chunk.filter((x): x is number => x !== null && Number.isFinite(x));
    const scores = tf.tidy(() => tf.tensor1d(good).mul(model.slope).add(model.intercept).arraySync() as number[]);
    let next = 0;
    chunk.forEach((x, i) => {
      if (x !== null && Number.isFinite(x)) predictions.push(scores[next++]!);
      else {
        predictions.push(options.fallback);
        fallbackRows.push(start + i);
      }
    });
  }
  return { predictions, fallbackRows };
}
