import { isLearnerMessage, type ConnectMessage } from '../../grading/protocol.ts';
import type { OpenRealm } from '../../grading/learner-session.ts';
import { RealmChannel } from '../../grading/realm-channel.ts';

/** How long a new worker may take to load TF.js before it counts as broken. */
const STARTUP_LIMIT_MS = 30_000;

/**
 * Starts one learner Web Worker and wires it to a RealmChannel over a private
 * MessagePort (see learner-worker.ts): whatever the learner's code posts on the worker's
 * own channel is never read.
 */
function startWorker(): RealmChannel {
  const worker = new Worker(new URL('./learner-worker.ts', import.meta.url), { type: 'module', name: 'learner' });
  const { port1, port2 } = new MessageChannel();
  const connect: ConnectMessage = { type: 'connect' };
  worker.postMessage(connect, [port2]);
  let started: () => void = () => undefined;
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the code runner did not start in time')), STARTUP_LIMIT_MS);
    started = () => {
      clearTimeout(timer);
      resolve();
    };
  });
  const channel = new RealmChannel(
    {
      send: (message) => port1.postMessage(message),
      terminate: () => {
        worker.terminate();
        port1.close();
      },
    },
    ready,
  );
  port1.onmessage = (event: MessageEvent<unknown>) => {
    if (isLearnerMessage(event.data) && event.data.type === 'ready') started();
    else channel.receive(event.data);
  };
  // An uncaught error in the learner's async code, or a crash of the worker itself.
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    channel.die(event.message || 'the code runner crashed');
  });
  return channel;
}

/**
 * Fresh workers for every run, with one spare warming (TF.js loaded) so that a fresh realm
 * costs the learner no waiting. The next spare is started by `warm()`, which the widget
 * calls once a verdict is on screen: started during a run, it would compete with that run
 * for the CPU.
 */
export function workerRealms(): { open: OpenRealm; warm: () => void } {
  let spare: RealmChannel | undefined;
  const warm = () => {
    spare ??= startWorker();
  };
  return {
    warm,
    open: async () => {
      const realm = spare ?? startWorker();
      spare = undefined;
      await realm.ready.catch(() => undefined);
      return realm;
    },
  };
}
