import * as tf from '@tensorflow/tfjs';
import { performance } from 'node:perf_hooks';
import type { GradingEnvironment } from '../grading/grading-environment.ts';
import { prepareTf } from '../grading/tf-backend.ts';
import { threadRealms, type ThreadOptions } from './thread-realm.ts';

/**
 * The grading environment in Node: TF.js for the reference solutions (same backend as the
 * learners') and a fresh worker thread per learner file, `spares` of them warming ahead.
 */
export async function nodeGradingEnvironment(spares = 1, options: ThreadOptions = {}): Promise<GradingEnvironment & { close: () => void }> {
  await prepareTf(tf);
  const realms = threadRealms(spares, options);
  return { tf, openRealm: realms.open, now: () => performance.now(), close: realms.close };
}
