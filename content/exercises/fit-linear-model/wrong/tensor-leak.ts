// fails-first: no-tensor-leak
// The right numbers, but every intermediate tensor is left for a garbage collector TF.js does not have.
import * as tf from '@tensorflow/tfjs';

export function fitLinear(xs: readonly number[], ys: readonly number[]): { slope: number; intercept: number } {
  if (xs.length < 2) throw new RangeError('too few points');
  if (xs.length !== ys.length) throw new RangeError('length mismatch');
  if (xs.every((x) => x === xs[0])) throw new RangeError('constant xs');
  const x = tf.tensor1d(xs as number[]);
  const y = tf.tensor1d(ys as number[]);
  const dx = x.sub(x.mean());
  const slope = dx.mul(y.sub(y.mean())).sum().div(dx.square().sum());
  const intercept = y.mean().sub(slope.mul(x.mean()));
  return { slope: slope.dataSync()[0]!, intercept: intercept.dataSync()[0]! };
}
