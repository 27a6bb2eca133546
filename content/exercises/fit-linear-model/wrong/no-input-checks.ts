// fails-first: rejects-too-few-points
// Fits happily, but never validates its input: one point gives NaN instead of an error.
import * as tf from '@tensorflow/tfjs';

export function fitLinear(xs: readonly number[], ys: readonly number[]): { slope: number; intercept: number } {
  return tf.tidy(() => {
    const x = tf.tensor1d(xs as number[]);
    const y = tf.tensor1d(ys as number[]);
    const dx = x.sub(x.mean());
    const slope = dx.mul(y.sub(y.mean())).sum().div(dx.square().sum());
    const intercept = y.mean().sub(slope.mul(x.mean()));
    return { slope: slope.dataSync()[0]!, intercept: intercept.dataSync()[0]! };
  });
}
