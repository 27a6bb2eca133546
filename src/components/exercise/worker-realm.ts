import { isLearnerMessage, type GraderMessage } from '../../grading/protocol.ts';
import type { LearnerRealm, OpenRealm, RealmReply } from '../../grading/learner-session.ts';

/** How long a new worker may take to load TF.js before it counts as broken. */
const STARTUP_LIMIT_MS = 30_000;

/** One learner Web Worker, speaking the protocol of src/grading/protocol.ts. */
class WorkerRealm implements LearnerRealm {
  readonly #worker = new Worker(new URL('./learner-worker.ts', import.meta.url), { type: 'module', name: 'learner' });
  readonly ready: Promise<void>;
  #pending: ((reply: RealmReply) => void) | undefined;
  #dead: string | undefined;

  constructor() {
    this.ready = new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the code runner did not start in time')), STARTUP_LIMIT_MS);
      this.#worker.addEventListener('message', (event) => {
        if (isLearnerMessage(event.data) && event.data.type === 'ready') {
          clearTimeout(timer);
          resolve();
        } else if (isLearnerMessage(event.data)) {
          this.#settle({ kind: 'message', message: event.data });
        }
      });
    });
    this.ready.catch(() => undefined);
    // An uncaught error in the learner's async code, or a crash of the worker itself.
    this.#worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.#die(event.message || 'the code runner crashed');
    });
  }

  #die(reason: string): void {
    this.#dead ??= reason;
    this.#settle({ kind: 'crashed', message: this.#dead });
  }

  #settle(reply: RealmReply): void {
    const pending = this.#pending;
    this.#pending = undefined;
    pending?.(reply);
  }

  async request(message: GraderMessage, timeoutMs: number): Promise<RealmReply> {
    await this.ready;
    if (this.#dead) return { kind: 'crashed', message: this.#dead };
    return new Promise<RealmReply>((resolve) => {
      const timer = setTimeout(() => {
        this.#settle({ kind: 'timeout' });
        this.dispose();
      }, timeoutMs);
      this.#pending = (reply) => {
        clearTimeout(timer);
        resolve(reply);
      };
      this.#worker.postMessage(message);
    });
  }

  dispose(): void {
    this.#dead ??= 'disposed';
    this.#worker.terminate();
  }
}

/**
 * Fresh workers for every run, with one spare always warming (TF.js loaded) so that a
 * fresh realm costs the learner no waiting. `warm()` starts the first spare early.
 */
export function workerRealms(): { open: OpenRealm; warm: () => void } {
  let spare: WorkerRealm | undefined;
  const warm = () => {
    spare ??= new WorkerRealm();
  };
  return {
    warm,
    open: async () => {
      const realm = spare ?? new WorkerRealm();
      spare = undefined;
      warm();
      await realm.ready;
      return realm;
    },
  };
}
