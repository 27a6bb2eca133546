import '@tensorflow/tfjs';
import * as core from '@tensorflow/tfjs-core';
import * as layers from '@tensorflow/tfjs-layers';
import type { LoadedTf } from '../../grading/learner-harness.ts';
import { learnerTf } from '../../grading/learner-tf.ts';

/**
 * TF.js for a learner thread inside the bundle of thread-bundle.ts: the same parts as
 * load-learner-tf.ts (tfjs-core with the union package's gradient and chained-op
 * registrations, the cpu backend, layers), resolved by the bundler, which leaves out the
 * converter, tfjs-data and the WebGL backend as that file's stand-ins do. Only for the
 * bundle: run from source, these imports would load the whole union package.
 */
export function loadLearnerTf(): Promise<LoadedTf> {
  return learnerTf({ core, layers });
}
