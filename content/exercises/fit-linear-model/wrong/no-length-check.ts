// fails-first: rejects-length-mismatch
// Leaves mismatched lengths to TF.js, which throws a plain Error about broadcasting instead of a RangeError.
import * as tf from '@tensorflow/tfjs';

export function fitLinear(xs: readonly number[], ys: readonly number[]): { slope: number; intercept: number } {
  if (xs.length < 2) throw new RangeError('too few points');
  if (xs.every((x) => x === xs[0])) throw new RangeError('constant xs');
  return tf.tidy(() => {
    const x = tf.tensor1d(xs as number[]);
    const y = tf.tensor1d(ys as number[]);
    const dx = x.sub(x.mean());
    const slope = dx.mul(y.sub(y.mean())).sum().div(dx.square().sum());
    const intercept = y.mean().sub(slope.mul(x.mean()));
    return { slope: slope.dataSync()[0]!, intercept: intercept.dataSync()[0]! };
  });
}
