// Accepted: the normal equations (XᵀX)β = Xᵀy solved with a 2×2 inverse, in tensors inside tf.tidy.
import * as tf from '@tensorflow/tfjs';

export async function fitLinear(xs: readonly number[], ys: readonly number[]): Promise<{ slope: number; intercept: number }> {
  if (xs.length < 2 || xs.length !== ys.length) throw new RangeError('need two or more points and equal lengths');
  if (Math.min(...xs) === Math.max(...xs)) throw new RangeError('xs are all equal');
  // Centring first keeps float32 well-conditioned when x is far from 0.
  const shift = xs.reduce((a, b) => a + b, 0) / xs.length;
  const sums = tf.tidy(() => {
    const x = tf.tensor1d(xs.map((v) => v - shift));
    const y = tf.tensor1d(ys as number[]);
    return tf.stack([x.sum(), x.square().sum(), y.sum(), x.mul(y).sum()]);
  });
  const [sx, sxx, sy, sxy] = Array.from(await sums.data());
  sums.dispose();
  const n = xs.length;
  const det = n * sxx! - sx! * sx!;
  const slope = (n * sxy! - sx! * sy!) / det;
  const centredIntercept = (sxx! * sy! - sx! * sxy!) / det;
  return { slope, intercept: centredIntercept - slope * shift };
}
