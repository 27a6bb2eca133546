import { Worker } from 'node:worker_threads';
import { isLearnerMessage } from '../grading/protocol.ts';
import type { OpenRealm } from '../grading/learner-session.ts';
import { RealmChannel } from '../grading/realm-channel.ts';
import { COMPILE_CACHE } from './compile-cache.ts';
import { YOUNG_GENERATION_FLAG } from './young-generation.ts';

/** Heap limit of one learner thread: ample for the exercises, small enough to fail fast. */
const HEAP_LIMIT_MB = 256;
/** How long a new thread may take to load TF.js before it counts as broken. */
const STARTUP_LIMIT_MS = 20_000;

/** The thread run from source; commands pass the bundled one (thread-bundle.ts) where they have it. */
const SOURCE_ENTRY = new URL('./thread/learner-thread.ts', import.meta.url);

/** How learner threads are prepared. */
export interface ThreadOptions {
  /**
   * Load TF.js while the thread warms, before it counts as ready: right when every file of
   * the batch imports it (the exercise's solution does), since loading it is most of a
   * fresh thread's cost and a warming spare pays it while another file is graded.
   */
  preloadTf?: boolean;
  /**
   * How many realms will be opened, when the caller knows (a batch of files): no spare is
   * warmed beyond that, so grading one file does not start threads nobody uses.
   */
  opens?: number;
  /** The thread's entry file: the bundle learnerThreadBundle() built, or (by default) the source. */
  entry?: string;
}

/**
 * A realm for a thread that could not be created. `new Worker` throws (ERR_WORKER_INIT_FAILED,
 * "EAGAIN") when the process has no memory left for a thread's stack, as while another file
 * fills typed arrays up to the grading host's data limit: that is the file's result to report,
 * never a failure of the whole batch.
 */
function unstartedRealm(error: unknown): RealmChannel {
  const reason = `could not start a learner thread (${error instanceof Error ? error.message : String(error)})`;
  // A realm that never got ready answers every request with this reason (RealmChannel.request).
  return new RealmChannel({ send: () => undefined, terminate: () => undefined }, Promise.reject(new Error(reason)));
}

/** Starts one learner worker thread and wires it to a RealmChannel. */
function startThread(options: ThreadOptions): RealmChannel {
  try {
    return wireThread(options);
  } catch (error) {
    return unstartedRealm(error);
  }
}

function wireThread({ preloadTf = false, entry }: ThreadOptions): RealmChannel {
  const worker = new Worker(entry ?? SOURCE_ENTRY, {
    workerData: { preloadTf },
    // Node's WebSocket global is built on first touch, which the lock-down's blocking stub
    // does (about 30 ms of every fresh thread); without the flag there is nothing to build.
    // The host's V8 flag is the process's already; Worker would refuse it (young-generation.ts).
    execArgv: [...process.execArgv.filter((flag) => flag !== YOUNG_GENERATION_FLAG), '--no-experimental-websocket'],
    env: { ...process.env, NODE_COMPILE_CACHE: COMPILE_CACHE },
    resourceLimits: { maxOldGenerationSizeMb: HEAP_LIMIT_MB, maxYoungGenerationSizeMb: 64 },
    stdout: true,
    stderr: true,
  });
  // Learner output is captured by the harness; anything else a thread prints is noise.
  worker.stdout.resume();
  worker.stderr.resume();
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('a learner thread did not start in time')), STARTUP_LIMIT_MS);
    // A spare that is never used must not keep the process alive.
    timer.unref();
    // A thread that fails or exits before it is ready (its entry throws, it runs out of
    // memory loading TF.js) must say so: clearing the timer alone left `ready` pending, and
    // the file waiting on it hung. The first reason wins; after `ready` these do nothing.
    worker.once('error', (error: Error) => reject(new Error(`a learner thread failed to start (${error.name}: ${error.message})`)));
    worker.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`a learner thread exited before it was ready (exit code ${code})`));
    });
    worker.once('message', (message: unknown) => {
      clearTimeout(timer);
      if (isLearnerMessage(message) && message.type === 'ready') resolve();
      else reject(new Error('a learner thread sent something before it was ready'));
    });
  });
  const channel = new RealmChannel({ send: (message) => worker.postMessage(message), terminate: () => void worker.terminate() }, ready);
  worker.on('message', (message: unknown) => channel.receive(message));
  worker.on('error', (error: Error & { code?: string }) => {
    channel.die(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'it ran out of memory' : `${error.name}: ${error.message}`);
  });
  worker.on('exit', () => channel.die('the worker exited (did the code call process.exit or close?)'));
  return channel;
}

/**
 * Hands out fresh learner threads, a thread never used for a second file. `spares` of them
 * (one per parallel job) start warming at once (TF.js loaded and the thread ready, while
 * the caller still loads its exercise) and are topped up at each open, so a file rarely
 * waits for a thread to start: the next one warms while the current one grades.
 */
export function threadRealms(spares = 1, options: ThreadOptions = {}): { open: OpenRealm; close: () => void } {
  const warming: RealmChannel[] = [];
  let started = 0;
  const start = () => {
    started += 1;
    return startThread(options);
  };
  const topUp = () => {
    while (warming.length < spares && started < (options.opens ?? Infinity)) warming.push(start());
  };
  topUp();
  return {
    open: async () => {
      const spare = warming.shift() ?? start();
      topUp();
      const started = await spare.ready.then(
        () => true,
        () => false,
      );
      if (started) return spare;
      // A spare that failed to start met a moment of scarcity (another file's memory, a busy
      // machine), not this file's code: the file gets one fresh thread before it is told.
      spare.dispose();
      const fresh = start();
      await fresh.ready.catch(() => undefined);
      return fresh;
    },
    close: () => warming.splice(0).forEach((realm) => realm.dispose()),
  };
}
