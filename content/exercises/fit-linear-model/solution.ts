import * as tf from '@tensorflow/tfjs';

/**
 * Fits y ≈ slope · x + intercept by least squares, with the closed form in tensor ops.
 * Throws a RangeError for fewer than two points, mismatched lengths or constant xs.
 */
export function fitLinear(xs: readonly number[], ys: readonly number[]): { slope: number; intercept: number } {
  if (xs.length < 2) throw new RangeError(`fitLinear needs at least two points, got ${xs.length}`);
  if (xs.length !== ys.length) throw new RangeError(`xs has ${xs.length} values but ys has ${ys.length}`);
  if (xs.every((x) => x === xs[0])) throw new RangeError('all xs are equal, so no unique line fits them');
  // tidy disposes every intermediate tensor; only plain numbers leave it.
  return tf.tidy(() => {
    const x = tf.tensor1d(xs as number[]);
    const y = tf.tensor1d(ys as number[]);
    const xMean = x.mean();
    const yMean = y.mean();
    const dx = x.sub(xMean);
    const slope = dx.mul(y.sub(yMean)).sum().div(dx.square().sum());
    const intercept = yMean.sub(slope.mul(xMean));
    return { slope: slope.dataSync()[0]!, intercept: intercept.dataSync()[0]! };
  });
}
