import * as core from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops';
import '@tensorflow/tfjs-backend-cpu';
import * as layers from '@tensorflow/tfjs-layers';
import type { LoadedTf } from '../../grading/learner-harness.ts';
import { learnerTf } from '../../grading/learner-tf.ts';

/**
 * TF.js for a browser learner worker, from its parts: tfjs-core with its gradients and
 * chained ops (what the union package registers), the cpu backend and layers. The worker
 * bundle then holds no tfjs-data, converter or WebGL code.
 */
export function loadLearnerTf(): Promise<LoadedTf> {
  return learnerTf({ core, layers });
}
