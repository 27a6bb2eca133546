/**
 * Entry point of a learner Web Worker: a fresh realm for one run of a learner's code.
 * Loads TF.js on the grading backend, locks the realm down, warms the harness up, then
 * serves the grader over a private MessagePort received in the first message. Nothing
 * here decides a verdict.
 *
 * Why a private port: the worker's own channel (self.postMessage, 'message' events) is
 * reachable by the learner's code, which could listen to requests and answer first. The
 * port lives only in this module's closure, and the built-ins used on it are captured
 * before any learner code runs.
 */
import { createLearnerHarness } from '../../grading/learner-harness.ts';
import { loadLearnerTf } from './load-learner-tf.ts';
import { lockProperty } from '../../grading/captured-intrinsics.ts';
import type { ConnectMessage, GraderMessage, LearnerMessage } from '../../grading/protocol.ts';
import { lockDownRealm } from '../../grading/lock-down-realm.ts';
import { warmUpHarness } from '../../grading/warm-up-harness.ts';

/** The parts of a dedicated worker's global scope used here (the DOM lib has no worker types). */
interface WorkerScope {
  close(): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ConnectMessage>) => void, options?: { once: boolean }): void;
}
const scope = globalThis as unknown as WorkerScope;
const closeRealm = scope.close.bind(scope);
// Every built-in used after learner code may have run is captured now (Reflect.apply included).
const { apply } = Reflect;
const portPostMessage = MessagePort.prototype.postMessage;
const eventData = Object.getOwnPropertyDescriptor(MessageEvent.prototype, 'data')!.get!;
const eventPorts = Object.getOwnPropertyDescriptor(MessageEvent.prototype, 'ports')!.get!;

let port: MessagePort | undefined;
const pending: LearnerMessage[] = [];
/** True while the harness warms up on our own code: what it posts then is not for the grader. */
let warming = false;
const post = (message: LearnerMessage) => {
  if (warming) return;
  if (port) apply(portPostMessage, port, [message]);
  else pending.push(message);
};

// close() from learner code is reported, so an early exit is an error rather than a hang.
lockProperty(scope, 'close', () => {
  post({ type: 'closed-early' });
  closeRealm();
});

// A browser realm is started ahead of the Run (a spare warms while the learner types), so
// everything that does not depend on the learner's code happens before it reports ready:
// TF.js is loaded whatever the code imports, the realm locked, the harness warmed up.
const loaded = loadLearnerTf();
const loadTf = () => loaded;
const harness = createLearnerHarness({ loadTf, post });
Object.defineProperty(scope, 'console', { value: harness.console, configurable: true, writable: true });
// `report(step, loss)`, the global a training loop may call to stream its loss (see the harness).
Object.defineProperty(scope, 'report', { value: harness.report, configurable: true, writable: true });

scope.addEventListener(
  'message',
  (event) => {
    const [received] = apply(eventPorts, event, []) as readonly MessagePort[];
    if (!received) return;
    port = received;
    port.onmessage = (message) => void harness.handle(apply(eventData, message, []) as GraderMessage);
    for (const message of pending.splice(0)) post(message);
  },
  { once: true },
);

// Vite bundles workers as classic scripts (no top-level await), hence the promise chain.
// Locked before the warm-up: locking redefines globals and pins Promise's `then`, and code
// V8 optimised against the unlocked objects would be thrown away at the first real call.
void loaded
  .then(() => {
    lockDownRealm();
    warming = true;
    // Only an optimisation: a realm whose warm-up failed still grades, just colder. (Not
    // logged: the realm's console is the learner's, and would show it in their output.)
    return warmUpHarness(harness).catch(() => undefined);
  })
  .then(() => {
    warming = false;
    post({ type: 'ready' });
  });
