/**
 * Entry point of a learner worker thread (Node). Loads TF.js on the pinned backend, then
 * hands every message to the shared learner harness. One thread per graded file: a fresh
 * realm, with the heap limit set by whoever started it.
 */
import { enableCompileCache } from 'node:module';
import { parentPort } from 'node:worker_threads';
import { createLearnerHarness } from '../grading/learner-harness.ts';
import { prepareTf } from '../grading/tf-backend.ts';
import { lockDownThread, vmCompiler } from './lock-down-thread.ts';
import type { GraderMessage, LearnerMessage } from '../grading/protocol.ts';

// Every file gets a fresh thread, and loading TF.js dominates its start: Node's on-disk
// compile cache lets each new thread skip recompiling it. (Hence TF.js is imported below.)
enableCompileCache();
const tf = await import('@tensorflow/tfjs');

const port = parentPort!;
// Captured before any learner code runs, which cannot then reach or replace it.
const post = (message: LearnerMessage) => port.postMessage(message);
await prepareTf(tf);
const harness = createLearnerHarness({ tf, tfModule: tf, post, compiler: vmCompiler });
// The learner's `console.log` (global or not) goes to the capped capture, never to the terminal.
Object.defineProperty(globalThis, 'console', { value: harness.console, configurable: true, writable: true });
port.on('message', (message: GraderMessage) => void harness.handle(message));
lockDownThread();
post({ type: 'ready', backend: tf.getBackend() });
