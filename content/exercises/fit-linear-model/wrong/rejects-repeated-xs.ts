// fails-first: accepts-repeated-xs
// Treats any repeated x as "constant xs": [1, 1, 2, 3] is ordinary data with a unique least-squares line.
import * as tf from '@tensorflow/tfjs';

export function fitLinear(xs: readonly number[], ys: readonly number[]): { slope: number; intercept: number } {
  const n = xs.length;
  if (n < 2) throw new RangeError('too few points');
  if (n !== ys.length) throw new RangeError('length mismatch');
  if (new Set(xs).size !== n) throw new RangeError('xs must be distinct');
  return tf.tidy(() => {
    const x = tf.tensor1d(xs as number[]);
    const y = tf.tensor1d(ys as number[]);
    const dx = x.sub(x.mean());
    const slope = dx.mul(y.sub(y.mean())).sum().div(dx.square().sum());
    const intercept = y.mean().sub(slope.mul(x.mean()));
    return { slope: slope.dataSync()[0]!, intercept: intercept.dataSync()[0]! };
  });
}
