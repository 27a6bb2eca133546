import * as tf from '@tensorflow/tfjs';

/** Accepted variant: the whole computation in TF.js (float32), tidied so no tensor is left behind. */
export function baselineMse(trainY: readonly number[], testY: readonly number[]): number {
  if (!trainY.length || !testY.length) throw new RangeError('need at least one training and one test target');
  return tf.tidy(() => {
    const prediction = tf.mean(tf.tensor1d([...trainY]));
    const truth = tf.tensor1d([...testY]);
    return truth.sub(prediction).square().mean().dataSync()[0]!;
  });
}
