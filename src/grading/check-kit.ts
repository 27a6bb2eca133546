import type * as TF from '@tensorflow/tfjs';
import type { ArgSpec, CallOutcome } from './protocol.ts';
import type { SeededRandom } from './seeded-random.ts';
import { firstMismatch, isClose, type Tolerance } from './tolerance.ts';
import { renderValue } from './render-value.ts';
import { ROW_KEY } from './plain-data.ts';
import type { Plot } from './plot.ts';

/**
 * What exercise authors write checks with. A check is an async function that calls the
 * learner's function (through `call`), runs the reference on the same data, and either
 * returns (pass) or throws through `fail` (fail, with a message that has numbers in it).
 */

/** How `callMany` calls. */
export interface CallOptions {
  /** Hundreds of calls judged only by their distribution: see `callMany`. */
  statistical?: boolean;
  /** Which exported function to call (default: the exercise's `exportName`). */
  exportName?: string;
}

/** Everything a check can use. The learner's function is only reachable through `call`. */
export interface CheckContext<Reference> {
  /** This check's own seed, derived from the run's seed and the check id. */
  seed: number;
  /**
   * Seeded data for this check: `uniform()`, `between(a, b)`, `int(a, b)` (inclusive),
   * `normal(mean, sd)`, `many(n, make)`, and `seed()` for an `rng(...)` argument.
   */
  random: SeededRandom;
  /** The reference solution, run here in the grader's realm. */
  reference: Reference;
  /** The grader's TF.js, on the same backend as the learner's. */
  tf: typeof TF;
  /**
   * Calls the learner's function once with arguments built from `args`
   * (`value`, `rng`, `rows`). Read the outcome with `returned`, `expectThrows`…
   * @example const outcome = await t.call(value([1, 2]), value([1, 3]));
   */
  call(...args: ArgSpec[]): Promise<CallOutcome>;
  /**
   * Calls another function the learner exports (one named in the exercise's `otherExports`).
   * @example returned(await t.callExport('hasDrifted', value(reference), value(current)), 'hasDrifted', 'a boolean')
   */
  callExport(exportName: string, ...args: ArgSpec[]): Promise<CallOutcome>;
  /**
   * Calls it once per argument list, in one round trip; outcomes come back in order. Every
   * call gets its own copy of its `value` arguments, even when argument lists share one
   * `value(...)`: a learner function that mutates its input cannot change the next call's
   * data. `statistical: true` is for checks
   * that make hundreds of calls and judge only how the results are distributed: the
   * arguments are not copied back (`expectUnchanged` refuses those outcomes) and results
   * are not checked for Proxies, which the exercise's ordinary calls must do.
   */
  callMany(argLists: ArgSpec[][], options?: CallOptions): Promise<CallOutcome[]>;
  /**
   * Attaches a plot to this check's result (at most three per check), drawn under the
   * verdict in the widget and carried by the CLI's JSON. Plain numbers and labels only (see
   * plot.ts for the kinds); `text` says what it shows with numbers. Call it before judging,
   * so that a failing check shows what went wrong; learner values may be anything (they
   * are rounded, cut to size, and non-finite ones become null).
   * @example t.plot({ kind: 'bars', title: 'How often each row landed in test', text: `row #1 was in test 43% of the time, expected 30%`,
   *   x_label: 'row', y_label: 'share in test', bars: shares.map((y, x) => ({ x, y })), rules: [{ y: 0.3, label: 'expected 30%' }] })
   */
  plot(plot: Plot): void;
}

/** One check: an id, a statement shown in results, and the function that passes or fails. */
export interface CheckDefinition<Reference> {
  /** Stable kebab-case id, used by known-wrong variants and in results. */
  id: string;
  /** What the check verifies, phrased as a statement about the learner's function. */
  name: string;
  /** True where passing on the untouched starter is expected (for example "it is exported"). */
  allowedOnStarter?: boolean;
  /**
   * Passes by returning, fails by throwing through `fail` (or the `expect…` helpers). Any
   * other exception is the check's `error`, blamed on checks.ts with its line.
   */
  run(context: CheckContext<Reference>): Promise<void> | void;
}

/** The checks of one exercise (`checks.ts` default-exports this). */
export interface ExerciseChecks<Reference> {
  /** The function the learner must export; `call` calls it. */
  exportName: string;
  /** Further functions the learner must export, reached with `callExport` (e.g. drift-psi's `hasDrifted`). */
  otherExports?: string[];
  checks: CheckDefinition<Reference>[];
}

/**
 * Identity helper that gives check files full type inference: `checks.ts` default-exports
 * `defineChecks<typeof solution>({ exportName, checks })`, and `t.reference` is then typed.
 */
export function defineChecks<Reference>(definition: ExerciseChecks<Reference>): ExerciseChecks<Reference> {
  return definition;
}

/**
 * An argument passed as a structured clone. Note for `callMany`: every call gets its own
 * copy, so a learner function that mutates its input cannot change the next call's data.
 */
export const value = (v: unknown): ArgSpec => ({ kind: 'value', value: v });
/**
 * An `rng` argument: a `() => number` in [0, 1), built from `seed` inside the learner's
 * realm (mulberry32, the same numbers in every engine). Pass `t.random.seed()`.
 */
export const rng = (seed: number): ArgSpec => ({ kind: 'rng', seed });
/**
 * An array of distinct row objects whose identity the grader can check: any of them found
 * in the result comes back as a reference to its index (read it with `rowIndex`).
 */
export const rows = (list: readonly object[]): ArgSpec => ({ kind: 'rows', rows: list });

/** The input row (its index in `rows(...)`) an item of the learner's result is, or undefined if it is no input row. */
export function rowIndex(item: unknown): number | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  const index = (item as Record<string, unknown>)[ROW_KEY];
  if (typeof index !== 'number') return undefined;
  // Exactly one own key, counted without Object.keys: a statistical check reads tens of
  // thousands of rows, and Object.keys makes a list for each.
  let keys = 0;
  for (const key in item) if (Object.hasOwn(item, key)) keys += 1;
  return keys === 1 ? index : undefined;
}

/** A `rows(...)` argument of `count` rows as it looks after a call that left it alone (for `expectUnchanged`). */
export function rowReferences(count: number): unknown[] {
  return Array.from({ length: count }, (_, index) => ({ [ROW_KEY]: index }));
}

/** Thrown by `fail`: the check failed, with this message. */
export class CheckFailed extends Error {
  override name = 'CheckFailed';
  readonly expected: string | undefined;
  readonly actual: string | undefined;

  constructor(message: string, expected?: string, actual?: string) {
    super(message);
    this.expected = expected;
    this.actual = actual;
  }
}

/** Thrown when a call did not answer in time: the check becomes `timeout`. */
export class CallTimedOut extends Error {
  override name = 'CallTimedOut';
}

/**
 * Fails the check with `message` (say what is wrong, with numbers). `expected`/`actual`
 * are rendered short for the report.
 * @example fail(`the test set has ${test.length} rows, expected 12`, { expected: 12, actual: test.length })
 */
export function fail(message: string, details: { expected?: unknown; actual?: unknown } = {}): never {
  throw new CheckFailed(
    message,
    'expected' in details ? renderValue(details.expected) : undefined,
    'actual' in details ? renderValue(details.actual) : undefined,
  );
}

const describeThrow = (outcome: Extract<CallOutcome, { status: 'threw' }>) =>
  `${outcome.error.name}: ${outcome.error.message}` +
  (outcome.error.line ? ` (at line ${outcome.error.line}${outcome.error.column ? `:${outcome.error.column}` : ''})` : '');

/**
 * The value the learner's function returned; fails if it threw, or returned something
 * that is not plain data (`shape` says what it must return, e.g. "number[]").
 */
export function returned(outcome: CallOutcome, what: string, shape: string): unknown {
  if (outcome.status === 'timeout') throw new CallTimedOut(`${what} did not return within the time limit`);
  if (outcome.status === 'crashed') throw new Error(`${what} crashed the worker: ${outcome.message}`);
  if (outcome.status === 'threw') fail(`${what} threw ${describeThrow(outcome)}`);
  if (outcome.problem) fail(`${what} must return ${shape}, but ${outcome.problem}`);
  return outcome.value;
}

/** Requires a finite number and returns it; `what` names the function in the message. */
export function expectNumber(actual: unknown, what: string): number {
  if (typeof actual !== 'number') fail(`${what} must return a number, got ${renderValue(actual)}`, { actual });
  if (!Number.isFinite(actual)) fail(`${what} returned ${actual}, expected a finite number`, { actual });
  return actual;
}

/** Requires `number[]` (finite values), of `length` when given, and returns it; `what` names the function. */
export function expectNumberArray(actual: unknown, what: string, length?: number): number[] {
  if (!Array.isArray(actual) || actual.some((item) => typeof item !== 'number')) {
    fail(`${what} must return number[], got ${renderValue(actual)}`, { actual });
  }
  const list = actual as number[];
  if (length !== undefined && list.length !== length) fail(`${what} returned ${list.length} numbers, expected ${length}`);
  const bad = list.findIndex((item) => !Number.isFinite(item));
  if (bad >= 0) fail(`${what} returned ${list[bad]} at index ${bad}, expected a finite number`);
  return list;
}

const small = (n: number) => (n !== 0 && Math.abs(n) < 1e-3 ? n.toExponential() : String(n));
const describeTolerance = ({ atol, rtol }: Tolerance) => `atol ${small(atol)}, rtol ${small(rtol)}`;

/**
 * Compares one number with the reference under a tolerance (numpy's rule:
 * |actual − expected| ≤ atol + rtol·|expected|; NaN never matches). `what` names the quantity.
 * @example expectClose(actual, t.reference(yTrue, yPred), { rtol: 1e-4, atol: 0 }, 'the MSE of 7 values')
 */
export function expectClose(actual: number, expected: number, tolerance: Tolerance, what: string): void {
  if (!isClose(actual, expected, tolerance)) {
    fail(`${what} is ${actual}, expected ${expected} (tolerance ${describeTolerance(tolerance)})`, { expected, actual });
  }
}

/** Compares two equally long number arrays element by element (as `expectClose`), naming the first index that differs. */
export function expectAllClose(actual: readonly number[], expected: readonly number[], tolerance: Tolerance, what: string): void {
  if (actual.length !== expected.length) fail(`${what} has ${actual.length} values, expected ${expected.length}`);
  const index = firstMismatch(actual, expected, tolerance);
  if (index >= 0) {
    fail(`${what}[${index}] is ${actual[index]}, expected ${expected[index]}`, { expected, actual });
  }
}

/**
 * Requires that the call threw an error of the given class (`'RangeError'`), judged by class
 * in the learner's realm. `situation` ends the message, e.g. "for two empty arrays".
 */
export function expectThrows(outcome: CallOutcome, errorName: string, what: string, situation: string): void {
  if (outcome.status === 'timeout') throw new CallTimedOut(`${what} did not return within the time limit`);
  if (outcome.status === 'crashed') throw new Error(`${what} crashed the worker: ${outcome.message}`);
  if (outcome.status === 'returned') {
    fail(`${what} returned ${renderValue(outcome.value)} ${situation}; it should throw a ${errorName}`);
  }
  if (outcome.status !== 'threw') return;
  // Judged by class, in the learner's realm (carried as `kinds`): a RangeError subclass with its
  // own name is a RangeError; a plain object named "RangeError" is not.
  const { kinds } = outcome.error;
  const isOne = kinds ? kinds.includes(errorName) : outcome.error.name === errorName;
  if (!isOne) {
    const note =
      kinds && outcome.error.name === errorName ? ` (named ${errorName}, but not an instance of it: throw new ${errorName}(…))` : '';
    fail(`${what} threw ${describeThrow(outcome)}${note} ${situation}; it should throw a ${errorName}`);
  }
}

/**
 * Requires the arguments to be exactly as they were passed (deep, NaN-aware). `original`
 * holds the data given to `value(...)` (or `rowReferences(n)` for `rows(...)`). Not for
 * outcomes of a statistical `callMany`, which carry no arguments back.
 */
export function expectUnchanged(outcome: CallOutcome, original: readonly unknown[], what: string): void {
  if (outcome.status !== 'returned' && outcome.status !== 'threw') return;
  // A check bug, not the learner's: without the arguments there is nothing to compare.
  if (outcome.argsAfter.length < original.length) throw new Error('expectUnchanged needs a call that was not statistical');
  outcome.argsAfter.forEach((after, i) => {
    const before = original[i];
    if (before === undefined || sameData(after, before)) return;
    fail(`${what} changed its argument ${i + 1}: do not modify the input`, { expected: before, actual: after });
  });
}

/**
 * Requires that no TF.js tensor outlived the call (`outcome.tensors.leaked` is 0). The
 * outcome also reports `largestFromData` and `nonFiniteFromData` for checks of their own.
 */
export function expectNoLeak(outcome: CallOutcome, what: string): void {
  if (outcome.status !== 'returned' && outcome.status !== 'threw') return;
  if (outcome.tensors.leaked > 0) {
    const count = outcome.tensors.leaked;
    fail(`${what} leaked ${count} tensor${count === 1 ? '' : 's'}: dispose them, or wrap the work in tf.tidy`);
  }
}

/** Deep equality for plain data, treating NaN as equal to NaN. */
export function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}
