// Accepted (learner style): tf.losses.meanSquaredError in float32, the tensors tidied.
import * as tf from '@tensorflow/tfjs';
export function meanSquaredError(yTrue: readonly number[], yPred: readonly number[]): number {
  if (yTrue.length === 0 || yTrue.length !== yPred.length) throw new RangeError('bad lengths');
  const loss = tf.tidy(() => tf.losses.meanSquaredError(tf.tensor(yTrue as number[]), tf.tensor(yPred as number[])));
  const v = loss.dataSync()[0]!;
  loss.dispose();
  return v;
}
