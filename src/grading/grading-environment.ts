import type * as TF from '@tensorflow/tfjs';
import type { OpenRealm } from './learner-session.ts';

/**
 * Everything the grading core needs from the environment it runs in. The browser and
 * Node each provide one (src/components/exercise/browser-grader.ts, src/cli/node-grading-environment.ts);
 * nothing else about the environment reaches the core.
 */
export interface GradingEnvironment {
  /** The grader's TF.js, on the same backend as the learner's, for the reference solution. */
  tf: typeof TF;
  /** Hands out a fresh learner realm (a Web Worker, a worker thread). */
  openRealm: OpenRealm;
  /** A monotonic clock in milliseconds (performance.now in both environments). */
  now: () => number;
}
