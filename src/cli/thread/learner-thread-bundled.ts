/**
 * Entry point of a learner worker thread when bundled by thread-bundle.ts: the same thread
 * as learner-thread.ts, with TF.js taken from the bundle's own chunk (bundled-learner-tf.ts)
 * instead of Node's module loader.
 */
import { startLearnerThread } from './learner-thread-start.ts';

startLearnerThread(() => import('./bundled-learner-tf.ts').then((module) => module.loadLearnerTf()));
