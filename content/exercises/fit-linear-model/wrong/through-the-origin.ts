// fails-first: exact-line
// Forgets the intercept: fits y ≈ slope · x through the origin.
import * as tf from '@tensorflow/tfjs';

export function fitLinear(xs: readonly number[], ys: readonly number[]): { slope: number; intercept: number } {
  if (xs.length < 2 || xs.length !== ys.length || xs.every((x) => x === xs[0])) throw new RangeError('bad input');
  return tf.tidy(() => {
    const x = tf.tensor1d(xs as number[]);
    const y = tf.tensor1d(ys as number[]);
    return { slope: x.mul(y).sum().div(x.square().sum()).dataSync()[0]!, intercept: 0 };
  });
}
