import type { LoadedTf } from '../../grading/learner-harness.ts';
import { learnerTf } from '../../grading/learner-tf.ts';
import * as tf from './slim-tf.ts';

/**
 * TF.js for a browser learner worker: slim-tf.ts (tfjs-core with its gradients and chained
 * ops, the cpu backend and layers), the same module the page's grader uses. The worker
 * bundle then holds no tfjs-data, converter or WebGL code.
 */
export function loadLearnerTf(): Promise<LoadedTf> {
  return learnerTf({ core: tf, layers: {} });
}
