// fails-first: exact-line
// Gradient descent stopped after 30 steps: not converged, so even a perfect line comes out slightly off.
import * as tf from '@tensorflow/tfjs';

export async function fitLinear(xs: readonly number[], ys: readonly number[]): Promise<{ slope: number; intercept: number }> {
  if (xs.length < 2 || xs.length !== ys.length || xs.every((x) => x === xs[0])) throw new RangeError('bad input');
  const slope = tf.variable(tf.scalar(0));
  const intercept = tf.variable(tf.scalar(0));
  const x = tf.tensor1d(xs as number[]);
  const y = tf.tensor1d(ys as number[]);
  const optimizer = tf.train.sgd(0.05);
  for (let step = 0; step < 30; step += 1) {
    optimizer.minimize(() => x.mul(slope).add(intercept).sub(y).square().mean() as tf.Scalar);
  }
  const result = { slope: (await slope.data())[0]!, intercept: (await intercept.data())[0]! };
  tf.dispose([slope, intercept, x, y]);
  optimizer.dispose();
  return result;
}
