// fails-first: fits-seeded-lines
// A learning rate that works for xs near 1 to 3 makes gradient descent blow up on unscaled xs up to 15.
import * as tf from '@tensorflow/tfjs';

export function fitLinear(xs: readonly number[], ys: readonly number[]): { slope: number; intercept: number } {
  if (xs.length < 2 || xs.length !== ys.length || xs.every((x) => x === xs[0])) throw new RangeError('bad input');
  const slope = tf.variable(tf.scalar(0));
  const intercept = tf.variable(tf.scalar(0));
  const x = tf.tensor1d(xs as number[]);
  const y = tf.tensor1d(ys as number[]);
  const optimizer = tf.train.sgd(0.05);
  for (let step = 0; step < 400; step += 1) {
    // Reported, so the verdict's loss curve shows the blow-up (the non-finite steps are dropped).
    const loss = optimizer.minimize(() => x.mul(slope).add(intercept).sub(y).square().mean() as tf.Scalar, true)!;
    report(step, loss.dataSync()[0]!);
    loss.dispose();
  }
  const result = { slope: slope.dataSync()[0]!, intercept: intercept.dataSync()[0]! };
  tf.dispose([slope, intercept, x, y]);
  optimizer.dispose();
  return result;
}
