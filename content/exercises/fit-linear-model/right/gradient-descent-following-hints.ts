// Accepted: exactly what hint 4 describes. With z = (x − x̄)/sd(x) and y − ȳ the loss is
// (a − a*)² + (b − b*)² + const, so each sgd(0.1) step shrinks the error by 0.8: after 300
// steps it is 0.8^300 ≈ 1e-29 of the start, for any data, at every seed.
import * as tf from '@tensorflow/tfjs';

export function fitLinear(xs: readonly number[], ys: readonly number[]): { slope: number; intercept: number } {
  if (xs.length < 2) throw new RangeError(`need at least two points, got ${xs.length}`);
  if (xs.length !== ys.length) throw new RangeError(`xs has ${xs.length} values, ys has ${ys.length}`);
  if (xs.every((x) => x === xs[0])) throw new RangeError('all xs are equal');
  const n = xs.length;
  const xMean = xs.reduce((sum, x) => sum + x, 0) / n;
  const yMean = ys.reduce((sum, y) => sum + y, 0) / n;
  const xSd = Math.sqrt(xs.reduce((sum, x) => sum + (x - xMean) ** 2, 0) / n);
  const z = tf.tensor1d(xs.map((x) => (x - xMean) / xSd));
  const y = tf.tensor1d(ys.map((value) => value - yMean));
  // tf.variable keeps its own reference, so the scalar it starts from can go with the tidy.
  const a = tf.tidy(() => tf.variable(tf.scalar(0)));
  const b = tf.tidy(() => tf.variable(tf.scalar(0)));
  const optimizer = tf.train.sgd(0.1);
  for (let step = 0; step < 300; step += 1) {
    // returnCost: the loss before this step, reported so the widget can draw it (optional).
    const loss = optimizer.minimize(() => z.mul(a).add(b).sub(y).square().mean() as tf.Scalar, true)!;
    report(step, loss.dataSync()[0]!);
    loss.dispose();
  }
  const slope = a.dataSync()[0]! / xSd;
  const intercept = yMean + b.dataSync()[0]! - slope * xMean;
  tf.dispose([z, y, a, b]);
  optimizer.dispose();
  return { slope, intercept };
}
