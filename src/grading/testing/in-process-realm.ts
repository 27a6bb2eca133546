import * as tf from '@tensorflow/tfjs';
import { createLearnerHarness } from '../learner-harness.ts';
import { learnerTf } from '../learner-tf.ts';
import type { LearnerRealm, OpenRealm, RealmReply } from '../learner-session.ts';
import type { GraderMessage, LearnerMessage } from '../protocol.ts';

/**
 * For unit tests only: a "realm" that runs the harness in the test's own process. No
 * isolation and no way to stop a runaway call, so it is never used to grade learners;
 * it makes check tests fast and deterministic.
 */
export const inProcessRealm: OpenRealm = async () => {
  let reply: ((value: RealmReply) => void) | undefined;
  const harness = createLearnerHarness({
    loadTf: () => learnerTf({ core: tf, layers: {} }),
    post: (message: LearnerMessage) => reply?.({ kind: 'message', message: structuredClone(message) }),
  });
  const realm: LearnerRealm = {
    request: (message: GraderMessage) =>
      new Promise<RealmReply>((resolve) => {
        reply = resolve;
        // Cloned both ways, like postMessage: the learner must never share objects with the grader.
        void harness.handle(structuredClone(message));
      }),
    dispose: () => undefined,
  };
  return realm;
};
