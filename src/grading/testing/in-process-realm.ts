import * as tf from '@tensorflow/tfjs';
import { createLearnerHarness } from '../learner-harness.ts';
import { learnerTf } from '../learner-tf.ts';
import type { LearnerRealm, OpenRealm, RealmReply } from '../learner-session.ts';
import type { GraderMessage, LearnerMessage, ProgressMessage } from '../protocol.ts';

/**
 * For unit tests only: a "realm" that runs the harness in the test's own process. No
 * isolation and no way to stop a runaway call, so it is never used to grade learners;
 * it makes check tests fast and deterministic.
 */
export const inProcessRealm: OpenRealm = async () => {
  let reply: ((value: RealmReply) => void) | undefined;
  let progress: ((message: ProgressMessage) => void) | undefined;
  const harness = createLearnerHarness({
    loadTf: () => learnerTf({ core: tf, layers: {} }),
    post: (message: LearnerMessage) =>
      message.type === 'progress' ? progress?.(structuredClone(message)) : reply?.({ kind: 'message', message: structuredClone(message) }),
  });
  // The learner's code finds `report` as a global, as in a worker (tests run one realm at a time).
  (globalThis as { report?: unknown }).report = harness.report;
  const realm: LearnerRealm = {
    request: (message: GraderMessage) =>
      new Promise<RealmReply>((resolve) => {
        reply = resolve;
        // Cloned both ways, like postMessage: the learner must never share objects with the grader.
        void harness.handle(structuredClone(message));
      }),
    onProgress: (listener) => {
      progress = listener;
    },
    dispose: () => undefined,
  };
  return realm;
};
