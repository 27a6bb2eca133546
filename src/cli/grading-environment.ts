import * as tf from '@tensorflow/tfjs';
import { performance } from 'node:perf_hooks';
import { prepareTf } from '../grading/tf-backend.ts';
import { threadRealms } from './thread-realm.ts';

/** The grader's side in Node: TF.js for references (same backend as learners) and learner threads. */
export async function nodeGradingEnvironment(jobs = 1) {
  await prepareTf(tf);
  const realms = threadRealms(jobs);
  return { tf, openRealm: realms.open, now: () => performance.now(), close: realms.close };
}
