import { performance } from 'node:perf_hooks';
import type { GradingEnvironment } from '../grading/grading-environment.ts';
import { prepareTf } from '../grading/tf-backend.ts';
import { threadRealms, type ThreadOptions } from './thread-realm.ts';

/**
 * The grading environment in Node: TF.js for the reference solutions (same backend as the
 * learners') and a fresh worker thread per learner file, `spares` of them warming ahead.
 * The threads start first: they load their TF.js on one core while this process loads its
 * own (and the caller its exercise) on the other.
 */
export async function nodeGradingEnvironment(spares = 1, options: ThreadOptions = {}): Promise<GradingEnvironment & { close: () => void }> {
  const realms = threadRealms(spares, options);
  try {
    const tf = await import('@tensorflow/tfjs');
    await prepareTf(tf);
    return { tf, openRealm: realms.open, now: () => performance.now(), close: realms.close };
  } catch (error) {
    realms.close();
    throw error;
  }
}
