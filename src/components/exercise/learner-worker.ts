/**
 * Entry point of a learner Web Worker: a fresh realm for one run of a learner's code.
 * Blocks the network, loads TF.js on the grading backend, then hands every message to
 * the shared learner harness. Nothing here decides a verdict.
 */
import * as tf from '@tensorflow/tfjs';
import { createLearnerHarness } from '../../grading/learner-harness.ts';
import type { GraderMessage, LearnerMessage } from '../../grading/protocol.ts';
import { lockDownRealm, lockProperty } from '../../grading/lock-down-realm.ts';
import { prepareTf } from '../../grading/tf-backend.ts';
import { warmUpHarness } from '../../grading/warm-up-harness.ts';

/** The parts of a dedicated worker's global scope used here (the DOM lib has no worker types). */
interface WorkerScope {
  postMessage(message: unknown): void;
  close(): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<GraderMessage>) => void): void;
}
const scope = globalThis as unknown as WorkerScope;
// Captured before any learner code runs: later reassignments by that code change nothing here.
const postToGrader = scope.postMessage.bind(scope);
const closeRealm = scope.close.bind(scope);
const post = (message: LearnerMessage) => postToGrader(message);

// close() from learner code is reported, so an early exit is an error rather than a hang.
lockProperty(scope, 'close', () => {
  post({ type: 'closed-early' });
  closeRealm();
});

// A browser realm is started ahead of the Run (a spare warms while the learner types), so
// everything that does not depend on the learner's code happens before it reports ready:
// TF.js is loaded whatever the code imports, the harness is warmed up, the realm locked.
const loaded = prepareTf(tf).then(() => ({ tf, module: tf }));
const loadTf = () => loaded;
const harness = createLearnerHarness({ loadTf, post });
Object.defineProperty(scope, 'console', { value: harness.console, configurable: true, writable: true });
// Vite bundles workers as classic scripts (no top-level await), hence the promise chain.
void loaded
  .then(() => warmUpHarness(loadTf))
  .then(() => {
    lockDownRealm();
    scope.addEventListener('message', (event) => void harness.handle(event.data));
    post({ type: 'ready' });
  });
