import { BOTH, fixture, type CorpusEntry } from './bad-input-entry.ts';

/**
 * Row 25 and 26 of the bad-input corpus: the attacks of the second security round, one or
 * more per class of the round's issue (`security: n`), and those a red-team pass found
 * afterwards (row 26). Each is expected to fail for the reason its class gives, or, where
 * the attack is disarmed into honest code, to pass.
 */
export const securityAttacks: CorpusEntry[] = [
  {
    row: 25,
    security: 1,
    name: "reads a file through TF.js's own file access (tf.data)",
    exercise: 'mse',
    file: fixture('25-reads-a-file-through-tf'),
    environments: BOTH,
    status: 'fail',
    check: { status: 'fail', message: /Cannot read properties of undefined \(reading 'FileDataSource'\)/ },
  },
  {
    row: 25,
    security: 2,
    name: 'rewrites outcomes through a getter on Object.prototype.then',
    exercise: 'fit-linear-model',
    file: fixture('25-forges-outcomes-through-then'),
    environments: BOTH,
    status: 'fail',
    check: { id: 'no-tensor-leak', status: 'fail', message: /leaked \d+ tensors/ },
  },
  {
    row: 25,
    security: 3,
    name: "writes the engine's tensor counter back after a leak",
    exercise: 'fit-linear-model',
    file: fixture('25-rewrites-the-tensor-counter'),
    environments: BOTH,
    status: 'fail',
    check: { id: 'no-tensor-leak', status: 'fail', message: /leaked \d+ tensors/ },
  },
  {
    row: 25,
    security: 4,
    name: "listens on the realm's channel and answers for the grader",
    exercise: 'mse',
    file: fixture('25-answers-for-the-grader'),
    environments: BOTH,
    status: 'fail',
    check: { status: 'fail', message: /the MSE of the example is 4, expected 28/ },
  },
  {
    row: 25,
    security: 4,
    name: 'hands setTimeout code in a string',
    exercise: 'mse',
    file: fixture('25-string-timer'),
    environments: BOTH,
    status: 'fail',
    check: { status: 'fail', message: /setTimeout needs a function/ },
  },
  {
    row: 25,
    security: 4,
    name: 'starts a worker of its own',
    exercise: 'mse',
    file: fixture('25-starts-a-worker'),
    environments: BOTH,
    status: 'fail',
    check: { status: 'fail', message: /Worker is not available/ },
  },
  {
    row: 25,
    security: 4,
    name: 'imports the reference solution dynamically',
    exercise: 'mse',
    file: fixture('25-imports-the-solution'),
    environments: BOTH,
    status: 'fail',
    check: { status: 'fail', message: /Only '@tensorflow\/tfjs' can be imported in an exercise/ },
  },
  {
    row: 25,
    security: 4,
    name: 'opens the Cache API',
    exercise: 'mse',
    file: fixture('25-opens-the-cache'),
    environments: BOTH,
    status: 'fail',
    check: { status: 'fail', message: /caches is not available/ },
  },
  {
    row: 25,
    security: 5,
    name: 'talks to other submissions over a BroadcastChannel',
    exercise: 'mse',
    file: fixture('25-talks-to-other-submissions'),
    environments: BOTH,
    status: 'fail',
    check: { status: 'fail', message: /BroadcastChannel is not available/ },
  },
  {
    row: 25,
    security: 6,
    name: 'throws a 50-million-character message',
    exercise: 'mse',
    file: fixture('25-huge-message'),
    environments: BOTH,
    status: 'fail',
    also: (result) => {
      const longest = Math.max(...result.tests.map((test) => test.message?.length ?? 0));
      if (longest > 1300) throw new Error(`a message of ${longest} characters reached the result`);
    },
  },
  {
    // RLIMIT_DATA on the grading host: the allocation fails, or V8 ends the host and the
    // supervisor charges this file; on a busy machine filling gigabytes may hit the time limit first.
    row: 25,
    security: 6,
    name: 'fills 8 GB of typed arrays, outside the heap limit',
    exercise: 'mse',
    file: fixture('25-fills-typed-arrays'),
    environments: ['node'],
    status: ['fail', 'error'],
    also: (result) => {
      // Whichever stops it first (the data limit, V8 ending the host, the time limit), the
      // file costs only its own result: the other files of the batch are graded normally.
      const texts = [result.message ?? '', ...result.tests.map((test) => test.message ?? '')];
      const stopped = /Array buffer allocation failed|out of memory|did not return within the time limit|stopped the grader|crashed/;
      if (!texts.some((text) => stopped.test(text)))
        throw new Error(`not stopped for its memory or time: ${texts.join(' | ').slice(0, 300)}`);
    },
  },
  {
    row: 25,
    security: 7,
    name: 'puts control characters and lone surrogates in its message',
    exercise: 'mse',
    file: fixture('25-forges-report-lines'),
    environments: BOTH,
    status: 'fail',
    check: { status: 'fail', message: /✓ PASS/ },
  },
  {
    row: 25,
    security: 8,
    name: 'throws a value that cannot be printed',
    exercise: 'mse',
    file: fixture('25-throws-an-unprintable-value'),
    environments: BOTH,
    status: 'fail',
    check: { status: 'fail', message: /threw a non-Error value: a value that cannot be printed/ },
  },
  {
    row: 25,
    security: 8,
    name: 'a correct fit that awaits tf.nextFrame()',
    exercise: 'fit-linear-model',
    file: fixture('25-waits-for-frames'),
    environments: BOTH,
    status: 'pass',
  },
  {
    row: 25,
    security: 9,
    name: 'a correct solution with its own RangeError subclass, console.time and top-level await',
    exercise: 'mse',
    file: fixture('25-subclassed-range-error'),
    environments: BOTH,
    status: 'pass',
  },
  {
    row: 25,
    security: 9,
    name: 'throws a plain object named RangeError',
    exercise: 'mse',
    file: fixture('25-fake-range-error'),
    environments: BOTH,
    status: 'fail',
    check: { status: 'fail', message: /named RangeError, but not an instance of it/ },
  },
  {
    row: 26,
    security: 2,
    name: 'replaces Reflect.apply to rewrite outcomes on their way out (red team)',
    exercise: 'fit-linear-model',
    file: fixture('26-forges-through-reflect-apply'),
    environments: BOTH,
    status: 'fail',
    check: { status: 'fail', message: /leaked \d+ tensors|do not modify the input/ },
  },
  {
    row: 26,
    security: 2,
    name: 'unpins Promise.prototype.constructor to rewrite awaited outcomes (red team)',
    exercise: 'fit-linear-model',
    file: fixture('26-forges-through-promise-then'),
    environments: BOTH,
    status: 'error',
    message: /^top-level code threw TypeError at \d+:\d+: Cannot assign to read only property 'constructor'/,
  },
  {
    row: 26,
    security: 3,
    // The wrapper ignores the `this` it is given and disposes on the engine itself: the
    // "forgotten" tensors are really gone, so there is no leak left to hide, and it passes.
    name: "calls the tensor watch's dispose with a fake engine (red team)",
    exercise: 'fit-linear-model',
    file: fixture('26-hides-a-leak-with-a-fake-engine'),
    environments: BOTH,
    status: 'pass',
  },
  {
    row: 26,
    security: 4,
    name: "fetches through TF.js's platform (red team)",
    exercise: 'mse',
    file: fixture('26-fetches-through-tf-platform'),
    environments: BOTH,
    status: 'fail',
    check: { status: 'fail', message: /NET: fetch threw: .*fetch is not available|Cannot assign to read only property 'global'/ },
  },
  {
    row: 26,
    security: 4,
    name: 'FontFace, WebSocketStream, navigator.storage and navigator.locks (red team)',
    exercise: 'mse',
    file: fixture('26-reaches-out-from-the-worker'),
    environments: BOTH,
    status: 'fail',
    check: {
      status: 'fail',
      message:
        /FontFace: FontFace is not available; WebSocketStream: WebSocketStream is not available; storage: navigator\.storage is not available; locks: navigator\.locks is not available/,
    },
  },
  {
    row: 26,
    security: 6,
    name: 'a class name of 100 million characters (red team)',
    exercise: 'mse',
    file: fixture('26-huge-class-name'),
    environments: ['node'],
    status: 'fail',
    also: (result) => {
      const longest = Math.max(...result.tests.map((test) => test.message?.length ?? 0));
      if (longest > 1300) throw new Error(`a message of ${longest} characters reached the result`);
    },
  },
];
