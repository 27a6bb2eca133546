/**
 * Accepted variant: walks the input in windows of batchSize rows (bad rows inside a window
 * are skipped, so a chunk may be shorter), with explicit tensors disposed in finally, and
 * the weights kept as two scalars for the whole job.
 */
import * as tf from '@tensorflow/tfjs';

export async function scoreBatch(
  model: { slope: number; intercept: number },
  xs: readonly (number | null)[],
  options: { batchSize: number; fallback: number },
): Promise<{ predictions: number[]; fallbackRows: number[] }> {
  if (!(options.batchSize > 0) || options.batchSize % 1 !== 0) throw new RangeError('batchSize: need 1, 2, 3, …');
  const predictions: number[] = [];
  const fallbackRows: number[] = [];
  const w = tf.scalar(model.slope);
  const b = tf.scalar(model.intercept);
  try {
    for (let start = 0; start < xs.length; start += options.batchSize) {
      const window = xs.slice(start, start + options.batchSize);
      const good: number[] = [];
      for (const x of window) if (x !== null && Number.isFinite(x)) good.push(x);
      let out: Float32Array | Int32Array | Uint8Array = new Float32Array(0);
      if (good.length > 0) {
        const input = tf.tensor1d(good);
        const scaled = input.mul(w);
        const result = scaled.add(b);
        try {
          out = await result.data();
        } finally {
          tf.dispose([input, scaled, result]);
        }
      }
      let next = 0;
      window.forEach((x, i) => {
        if (x !== null && Number.isFinite(x)) predictions.push(out[next++]!);
        else {
          predictions.push(options.fallback);
          fallbackRows.push(start + i);
        }
      });
    }
  } finally {
    w.dispose();
    b.dispose();
  }
  return { predictions, fallbackRows };
}
