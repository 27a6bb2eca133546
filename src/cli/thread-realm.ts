import { Worker } from 'node:worker_threads';
import { isLearnerMessage, type GraderMessage, type LearnerMessage } from '../grading/protocol.ts';
import type { LearnerRealm, OpenRealm, RealmReply } from '../grading/learner-session.ts';

/** Heap limit of one learner thread: generous for the exercises, small enough to fail fast. */
const HEAP_LIMIT_MB = 256;
/** How long a new thread may take to load TF.js before it counts as broken. */
const STARTUP_LIMIT_MS = 20_000;

const THREAD_ENTRY = new URL('./learner-thread.ts', import.meta.url);

/** One learner worker thread, speaking the protocol of ../grading/protocol.ts. */
class ThreadRealm implements LearnerRealm {
  readonly #worker: Worker;
  readonly ready: Promise<void>;
  #pending: ((reply: RealmReply) => void) | undefined;
  #dead: string | undefined;

  constructor() {
    this.#worker = new Worker(THREAD_ENTRY, {
      resourceLimits: { maxOldGenerationSizeMb: HEAP_LIMIT_MB, maxYoungGenerationSizeMb: 64 },
      stdout: true,
      stderr: true,
    });
    // Learner output is captured by the harness; anything else a thread prints is noise.
    this.#worker.stdout.resume();
    this.#worker.stderr.resume();
    this.ready = new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('a learner thread did not start in time')), STARTUP_LIMIT_MS);
      // A spare that is never used must not keep the process alive.
      timer.unref();
      this.#worker.once('exit', () => clearTimeout(timer));
      this.#worker.once('message', (message: unknown) => {
        clearTimeout(timer);
        if (isLearnerMessage(message) && message.type === 'ready') resolve();
        else reject(new Error('a learner thread sent something before it was ready'));
      });
    });
    this.ready.catch(() => undefined);
    this.#worker.on('error', (error: Error & { code?: string }) => {
      this.#die(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'it ran out of memory' : `${error.name}: ${error.message}`);
    });
    this.#worker.on('exit', () => this.#die('the worker exited (did the code call process.exit or close?)'));
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
        this.#worker.off('message', onMessage);
        resolve(reply);
      };
      const onMessage = (data: unknown) => {
        if (!isLearnerMessage(data) || data.type === 'ready') return;
        this.#settle({ kind: 'message', message: data as LearnerMessage });
      };
      this.#worker.on('message', onMessage);
      this.#worker.postMessage(message);
    });
  }

  dispose(): void {
    this.#dead ??= 'disposed';
    void this.#worker.terminate();
  }
}

/**
 * Hands out fresh learner threads, keeping one spare warming (TF.js loaded) so a file
 * never waits for a thread to start; a thread is never reused for a second file.
 */
export function threadRealms(): { open: OpenRealm; close: () => void } {
  let spare: ThreadRealm | undefined;
  const warm = () => {
    spare = new ThreadRealm();
  };
  return {
    open: async () => {
      const realm = spare ?? new ThreadRealm();
      warm();
      await realm.ready;
      return realm;
    },
    close: () => spare?.dispose(),
  };
}
