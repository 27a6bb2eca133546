import type { CheckStatus, GradeResult } from '../src/grading/result.ts';
import { securityAttacks } from './bad-input-attacks.ts';

/**
 * The bad-input corpus: one entry per broken or hostile submission, with the outcome the
 * grader must give. The same entries run through `lifecycle-lab grade` (tests/) and through
 * the browser widget (tests/e2e/), so both environments are held to the same expectations.
 * Rows 1–24 are those of the project's bad-input list; rows 17–19 concern exercises (impute,
 * k-fold, time features, drift) that do not exist yet. Row 25 holds the attacks of the
 * second security round, one or more per class (`security: n`), each expected to fail for
 * the reason its class gives. Row 8 has three faces: an invalid
 * length (2 ** 32; V8 accepts 2 ** 31 as a sparse array), a heap filled bit by bit (the
 * worker's heap limit stops it), and `new Array(2 ** 31).fill(0)`, which aborts the whole
 * Node process despite worker heap limits (nodejs/node#47224): the grading host dies, and
 * the supervisor charges the file in flight and carries on.
 */
export interface CorpusEntry {
  row: number;
  name: string;
  exercise: string;
  /** The submission, from the project root; or `source` for generated ones. */
  file?: string;
  source?: string;
  /** Where the entry runs; a real out-of-memory is only provoked in Node (a browser tab may die of it). */
  environments: ('node' | 'browser')[];
  /** The verdict; a list where the machine's speed decides between equally good outcomes. */
  status: GradeResult['status'] | GradeResult['status'][];
  /** For status `error`: what the result's message must say. */
  message?: RegExp;
  /** The first check that did not pass (or the named one): its status and message. */
  check?: { id?: string; status: CheckStatus; message: RegExp };
  /** For row 25: the class of the security round the attack belongs to (1–10). */
  security?: number;
  /** Extra assertions on the result. */
  also?: (result: GradeResult) => void;
}

const fixture = (name: string) => `tests/fixtures/bad-inputs/${name}.ts`;
const BOTH: CorpusEntry['environments'] = ['node', 'browser'];
const MSE_SIGNATURE = 'export function meanSquaredError(yTrue: readonly number[], yPred: readonly number[]): number {\n';

export const corpus: CorpusEntry[] = [
  {
    row: 1,
    name: 'untouched starter',
    exercise: 'mse',
    file: 'content/exercises/mse/starter.ts',
    environments: BOTH,
    status: 'fail',
    check: { status: 'fail', message: /is not written yet/ },
  },
  {
    row: 1,
    name: 'empty file',
    exercise: 'mse',
    file: fixture('01-empty'),
    environments: BOTH,
    status: 'fail',
    check: { status: 'fail', message: /^nothing to grade yet: the file is empty$/ },
  },
  {
    row: 2,
    name: 'syntax error',
    exercise: 'mse',
    file: fixture('02-syntax-error'),
    environments: BOTH,
    status: 'error',
    message: /^syntax error at 2:24: Unexpected token$/,
  },
  {
    row: 3,
    name: 'top-level throw',
    exercise: 'mse',
    file: fixture('03-top-level-throw'),
    environments: BOTH,
    status: 'error',
    message: /^top-level code threw Error at 1:\d+: not ready yet$/,
  },
  {
    row: 3,
    name: 'misspelt export',
    exercise: 'mse',
    file: fixture('03-misspelt-export'),
    environments: BOTH,
    status: 'error',
    message: /^expected an export named meanSquaredError \(found: meanSquareError\)$/,
  },
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
  {
    row: 11,
    name: 'answer hard-coded from the example',
    exercise: 'mse',
    file: 'content/exercises/mse/wrong/hard-coded-example.ts',
    environments: BOTH,
    status: 'fail',
    check: { id: 'matches-reference', status: 'fail', message: /is 28, expected/ },
  },
  {
    row: 12,
    name: 'returns a Proxy',
    exercise: 'mse',
    file: fixture('12-returns-proxy'),
    environments: BOTH,
    status: 'fail',
    check: { status: 'fail', message: /must return a number, but it cannot be copied as plain data/ },
  },
  {
    row: 12,
    name: 'returns a valueOf trick',
    exercise: 'mse',
    file: fixture('12-returns-value-of-trick'),
    environments: BOTH,
    status: 'fail',
    check: { status: 'fail', message: /must return a number, but it cannot be copied as plain data/ },
  },
  {
    row: 12,
    name: 'returns a function',
    exercise: 'mse',
    file: fixture('12-returns-function'),
    environments: BOTH,
    status: 'fail',
    check: { status: 'fail', message: /must return a number, but it cannot be copied as plain data/ },
  },
  {
    row: 12,
    name: 'returns getters',
    exercise: 'fit-linear-model',
    file: fixture('12-returns-getters'),
    environments: BOTH,
    status: 'fail',
    check: { status: 'fail', message: /must return \{ slope: number; intercept: number \}, but its property "slope" is a getter/ },
  },
  {
    row: 13,
    name: 'returns NaN',
    exercise: 'mse',
    file: fixture('13-returns-nan'),
    environments: BOTH,
    status: 'fail',
    check: { status: 'fail', message: /returned NaN, expected a finite number/ },
  },
  {
    row: 13,
    name: 'returns Infinity',
    exercise: 'mse',
    file: fixture('13-returns-infinity'),
    environments: BOTH,
    status: 'fail',
    check: { status: 'fail', message: /returned Infinity, expected a finite number/ },
  },
  {
    row: 14,
    name: 'off-by-one split size',
    exercise: 'train-test-split',
    file: 'content/exercises/train-test-split/wrong/off-by-one.ts',
    environments: BOTH,
    status: 'fail',
    check: { status: 'fail', message: /^test has 2 rows, expected 3 \(ceil\(0\.25 × 10\)\)$/ },
  },
  {
    row: 15,
    name: 'Math.random instead of rng',
    exercise: 'train-test-split',
    file: 'content/exercises/train-test-split/wrong/math-random.ts',
    environments: BOTH,
    status: 'fail',
    check: { status: 'fail', message: /use the rng you were given/ },
  },
  {
    row: 16,
    name: 'mutates its input',
    exercise: 'mse',
    file: 'content/exercises/mse/wrong/mutates-input.ts',
    environments: BOTH,
    status: 'fail',
    check: { status: 'fail', message: /do not modify the input/ },
  },
  {
    row: 20,
    name: 'forges messages to the grader',
    exercise: 'mse',
    file: fixture('20-forges-messages'),
    environments: BOTH,
    status: 'fail',
    check: { status: 'fail', message: /the MSE of the example is 4, expected 28/ },
  },
  {
    row: 20,
    name: 'closes its own realm',
    exercise: 'mse',
    file: fixture('20-closes-its-realm'),
    environments: BOTH,
    status: 'error',
    message: /closed its own worker|top-level code threw TypeError/,
  },
  {
    row: 20,
    name: 'redefines globals and pollutes Object.prototype',
    exercise: 'mse',
    file: fixture('20-redefines-globals'),
    environments: BOTH,
    status: 'fail',
    check: { status: 'fail', message: /the MSE of the example is 4, expected 28/ },
  },
  {
    row: 20,
    name: 'overrides TF.js functions',
    exercise: 'mse',
    file: fixture('20-overrides-tf'),
    environments: BOTH,
    status: 'fail',
    check: { status: 'fail', message: /the MSE of the example is 4, expected 28/ },
  },
  {
    row: 20,
    name: "forges the grader's row references",
    exercise: 'train-test-split',
    file: fixture('20-forges-row-references'),
    environments: BOTH,
    status: 'fail',
    check: { status: 'fail', message: /contains an object with a "\$row" property, which the grader reserves for input rows/ },
  },
  {
    row: 20,
    name: 'hijacks Map, Array.prototype.push and Object.prototype to pass copies off as rows',
    exercise: 'train-test-split',
    file: fixture('20-hijacks-harness-built-ins'),
    environments: BOTH,
    status: 'fail',
    check: { status: 'fail', message: /is not one of the input rows: return the row objects themselves/ },
  },
  {
    row: 20,
    name: "hides leaked tensors by overriding the engine's memory()",
    exercise: 'fit-linear-model',
    file: fixture('20-hides-leaked-tensors'),
    environments: BOTH,
    status: 'fail',
    check: { id: 'no-tensor-leak', status: 'fail', message: /leaked \d+ tensors/ },
  },
  {
    row: 21,
    name: 'calls fetch',
    exercise: 'mse',
    file: fixture('21-uses-fetch'),
    environments: BOTH,
    status: 'fail',
    check: { status: 'fail', message: /fetch is not available/ },
  },
  {
    row: 21,
    name: 'opens a WebSocket',
    exercise: 'mse',
    file: fixture('21-uses-websocket'),
    environments: BOTH,
    status: 'fail',
    check: { status: 'fail', message: /WebSocket is not available/ },
  },
  {
    row: 21,
    name: 'compiles code with eval',
    exercise: 'mse',
    file: fixture('21-uses-eval'),
    environments: BOTH,
    status: 'fail',
    check: { status: 'fail', message: /Compiling code from strings \(eval\) is not available/ },
  },
  {
    row: 22,
    name: 'looks for the answer in globals',
    exercise: 'mse',
    file: fixture('22-looks-for-the-answer'),
    environments: BOTH,
    status: 'fail',
    check: { status: 'fail', message: /the MSE of the example is \d+, expected 28/ },
  },
  {
    row: 23,
    name: 'relies on state from an earlier run',
    exercise: 'mse',
    file: fixture('23-relies-on-an-earlier-run'),
    environments: BOTH,
    status: 'fail',
    check: { status: 'fail', message: /the MSE of the example is -1, expected 28/ },
  },
  {
    row: 24,
    name: 'BOM, CRLF and non-ASCII identifiers',
    exercise: 'mse',
    file: fixture('24-bom-crlf-unicode'),
    environments: BOTH,
    status: 'pass',
  },
  {
    row: 24,
    name: 'a 260 KB source',
    exercise: 'mse',
    environments: BOTH,
    status: 'error',
    message: /^the file is 26\d KB; submissions are limited to 200 KB$/,
    source: `// ${'x'.repeat(260_000)}\n${MSE_SIGNATURE}  return 0;\n}\n`,
  },
  ...securityAttacks,
];

/** Checks a result against an entry; throws with a readable reason. */
export function assertOutcome(entry: CorpusEntry, result: GradeResult): void {
  const where = `row ${entry.row} (${entry.name})`;
  const allowed = Array.isArray(entry.status) ? entry.status : [entry.status];
  if (!allowed.includes(result.status))
    throw new Error(
      `${where}: status ${result.status}, expected ${entry.status}: ${result.message ?? JSON.stringify(result.tests.find((t) => t.status !== 'pass'))}`,
    );
  if (entry.message && !entry.message.test(result.message ?? ''))
    throw new Error(`${where}: message "${result.message}" does not match ${entry.message}`);
  if (entry.check) {
    const { id, status, message } = entry.check;
    const test = id ? result.tests.find((candidate) => candidate.id === id) : result.tests.find((candidate) => candidate.status !== 'pass');
    if (!test) throw new Error(`${where}: no ${id ? `check "${id}"` : 'failing check'} in the result`);
    if (test.status !== status || !message.test(test.message ?? '')) {
      throw new Error(`${where}: check "${test.id}" is ${test.status} "${test.message}", expected ${status} matching ${message}`);
    }
  }
  entry.also?.(result);
}
