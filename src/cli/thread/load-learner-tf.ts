import { learnerTf } from '../../grading/learner-tf.ts';
import type { LoadedTf } from '../../grading/learner-harness.ts';

/**
 * TF.js for a Node learner thread. Node cannot load tfjs-core's ES-module files (their
 * imports have no extensions), and only the union package's Node build registers the
 * gradients and chained ops (x.mean(), x.sub()), so the union package is loaded and
 * learner-tf.ts hands the learner its core and layers API only: tfjs-data, which reads
 * files in Node, stays unreachable.
 */
export async function loadLearnerTf(): Promise<LoadedTf> {
  const tf = await import('@tensorflow/tfjs');
  return learnerTf({ core: tf, layers: {} });
}
