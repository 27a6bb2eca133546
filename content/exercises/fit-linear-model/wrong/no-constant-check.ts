// fails-first: rejects-constant-x
// Divides by the spread of xs without checking it, so constant xs give 0 / 0 = NaN.
import * as tf from '@tensorflow/tfjs';

export function fitLinear(xs: readonly number[], ys: readonly number[]): { slope: number; intercept: number } {
  if (xs.length < 2) throw new RangeError('too few points');
  if (xs.length !== ys.length) throw new RangeError('length mismatch');
  return tf.tidy(() => {
    const x = tf.tensor1d(xs as number[]);
    const y = tf.tensor1d(ys as number[]);
    const dx = x.sub(x.mean());
    const slope = dx.mul(y.sub(y.mean())).sum().div(dx.square().sum());
    const intercept = y.mean().sub(slope.mul(x.mean()));
    return { slope: slope.dataSync()[0]!, intercept: intercept.dataSync()[0]! };
  });
}
