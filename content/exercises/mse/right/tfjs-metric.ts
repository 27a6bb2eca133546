// Accepted: the course's own TF.js metric, in float32 (within rtol 1e-4 of the float64 reference).
import * as tf from '@tensorflow/tfjs';

export function meanSquaredError(yTrue: readonly number[], yPred: readonly number[]): number {
  if (yTrue.length === 0) throw new RangeError('meanSquaredError needs at least one value');
  if (yTrue.length !== yPred.length) throw new RangeError(`lengths differ: ${yTrue.length} and ${yPred.length}`);
  return tf.tidy(() => tf.metrics.meanSquaredError(tf.tensor1d(yTrue as number[]), tf.tensor1d(yPred as number[])).dataSync()[0]!);
}
