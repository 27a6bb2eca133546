import { parentPort, workerData } from 'node:worker_threads';
import { createLearnerHarness, type LoadedTf } from '../../grading/learner-harness.ts';
import type { GraderMessage, LearnerMessage } from '../../grading/protocol.ts';
import { lockDownThread, vmCompiler } from './lock-down-thread.ts';

/**
 * The body of a learner worker thread (Node), shared by its two entries: learner-thread.ts,
 * run from source, and learner-thread-bundled.ts, run from the bundle thread-bundle.ts
 * builds. One thread per graded file: a fresh realm, with the heap limit set by whoever
 * started it. TF.js is loaded only if the file imports it (or the batch's threads preload
 * it), so a cohort's plain-JavaScript submissions cost a thread start, not a TF.js load.
 */
export function startLearnerThread(loadLearnerTf: () => Promise<LoadedTf>): void {
  const port = parentPort!;
  // Captured before any learner code runs: replacing MessagePort.prototype.postMessage later changes nothing here.
  const portPostMessage = port.postMessage;
  const { apply } = Reflect;
  const post = (message: LearnerMessage) => apply(portPostMessage, port, [message]);
  // Preloaded while the thread warms when the batch's files all import TF.js (see thread-realm.ts).
  const preloaded = (workerData as { preloadTf?: boolean } | null)?.preloadTf ? loadLearnerTf() : undefined;
  const loadTf = () => preloaded ?? loadLearnerTf();
  const harness = createLearnerHarness({ loadTf, lockDown: lockDownThread, post, compiler: vmCompiler });
  // The learner's `console.log` (global or not) goes to the capped capture, never to the terminal.
  Object.defineProperty(globalThis, 'console', { value: harness.console, configurable: true, writable: true });
  // `report(step, loss)`, the global a training loop may call to stream its loss (see the harness).
  Object.defineProperty(globalThis, 'report', { value: harness.report, configurable: true, writable: true });
  port.on('message', (message: GraderMessage) => void harness.handle(message));
  // A TF.js that fails to load leaves the thread unready: the realm's start-up limit reports it.
  void (preloaded ?? Promise.resolve()).then(() => post({ type: 'ready' }));
}
