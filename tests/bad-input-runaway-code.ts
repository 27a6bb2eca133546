import { BOTH, fixture, type CorpusEntry } from './bad-input-entry.ts';

/**
 * Rows 4–10 of the bad-input corpus: code that never ends or takes more than its share
 * (loops, recursion, a promise that never settles, memory, undisposed tensors, console
 * floods). Row 8 has four faces: an invalid length (2 ** 32; V8 accepts 2 ** 31 as a
 * sparse array), a tensor too big to allocate, a heap filled bit by bit (the worker's heap
 * limit stops it), and `new Array(2 ** 31).fill(0)`, which aborts the whole Node process
 * despite worker heap limits (nodejs/node#47224): the grading host dies, and the supervisor
 * charges the file in flight and carries on.
 */
export const runawayCode: CorpusEntry[] = [
  {
    row: 4,
    name: 'while (true) at top level',
    exercise: 'mse',
    file: fixture('04-loops-at-top-level'),
    environments: BOTH,
    status: 'error',
    message: /^timed out while loading \(limit \d+ ms\)$/,
  },
  {
    row: 5,
    name: 'infinite loop inside the function',
    exercise: 'mse',
    file: fixture('05-loops-inside-function'),
    environments: BOTH,
    status: 'fail',
    check: { status: 'timeout', message: /did not return within the time limit/ },
  },
  {
    row: 6,
    name: 'unbounded recursion',
    exercise: 'mse',
    file: fixture('06-unbounded-recursion'),
    environments: BOTH,
    status: 'fail',
    check: { status: 'fail', message: /Maximum call stack size exceeded/ },
  },
  {
    row: 7,
    name: 'a promise that never settles',
    exercise: 'mse',
    file: fixture('07-never-resolves'),
    environments: BOTH,
    status: 'fail',
    check: { status: 'timeout', message: /did not return within the time limit/ },
  },
  {
    row: 8,
    name: 'new Array(2 ** 32)',
    exercise: 'mse',
    file: fixture('08-huge-array'),
    environments: BOTH,
    status: 'fail',
    check: { status: 'fail', message: /threw RangeError: Invalid array length/ },
  },
  {
    row: 8,
    name: 'tf.zeros([1e5, 1e5])',
    exercise: 'mse',
    file: fixture('08-huge-tensor'),
    environments: BOTH,
    status: 'fail',
    check: { status: 'fail', message: /threw RangeError: .*(allocation failed|Invalid typed array length|Array buffer)/i },
  },
  {
    row: 8,
    name: 'heap exhausted',
    exercise: 'mse',
    file: fixture('08-runs-out-of-memory'),
    environments: ['node'],
    status: 'fail',
    check: { status: 'error', message: /ran out of memory/ },
  },
  {
    // Filling 16 GB takes seconds: on a busy machine the check's time limit may strike first.
    row: 8,
    name: 'new Array(2 ** 31).fill(0)',
    exercise: 'mse',
    file: fixture('08-fills-a-huge-array'),
    environments: ['node'],
    status: ['error', 'fail'],
    also: (result) => {
      const ok =
        result.status === 'error'
          ? /^grading this file stopped the grader: it ran out of memory/.test(result.message ?? '')
          : result.tests[0]?.status === 'timeout';
      if (!ok) throw new Error(`neither an out-of-memory error nor a timeout: ${JSON.stringify(result).slice(0, 300)}`);
    },
  },
  {
    row: 9,
    name: 'tensors never disposed',
    exercise: 'fit-linear-model',
    file: 'content/exercises/fit-linear-model/wrong/tensor-leak.ts',
    environments: BOTH,
    status: 'fail',
    check: { id: 'no-tensor-leak', status: 'fail', message: /leaked 15 tensors/ },
  },
  {
    row: 10,
    name: 'a million console.log calls',
    exercise: 'mse',
    file: fixture('10-million-logs'),
    environments: BOTH,
    status: 'pass',
    also: (result) => {
      const output = result.tests[0]?.output ?? '';
      if (output.length > 540 || !output.endsWith('(cut to 500 characters)'))
        throw new Error(`output not capped: ${output.length} characters`);
    },
  },
];
