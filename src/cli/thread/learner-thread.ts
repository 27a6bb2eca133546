/**
 * Entry point of a learner worker thread run from source (tests, and any command when
 * the bundle of thread-bundle.ts cannot be built). The thread starts with Node's compile
 * cache on (see thread-realm.ts), so neither these modules nor TF.js are compiled again in
 * every new thread.
 */
import { startLearnerThread } from './learner-thread-start.ts';

startLearnerThread(() => import('./load-learner-tf.ts').then((module) => module.loadLearnerTf()));
