import { copyData } from './captured-intrinsics.ts';
import type { LearnerHarness } from './learner-harness.ts';
import type { ArgSpec } from './protocol.ts';

/**
 * Our own module, run through the harness before the learner's: it returns the shapes learners return
 * (row objects in a split, with its keys in either order, numbers, a list) and throws, so
 * every hot path gets exercised. Two functions, so that the harness's call site has seen
 * more than one target and its optimised code does not bet on ours (the learner's function
 * would then throw it away: "wrong call target").
 */
const WARM_UP_MODULE = `
function warmUp(rows, value, rng) {
  const r = rng();
  if (typeof value === 'string') throw new RangeError('warm-up');
  if (typeof value === 'number') return r < 0.5 ? { train: rows.slice(3), test: rows.slice(0, 3) } : { test: rows.slice(0, 3), train: rows.slice(3) };
  if (value.length === 2) return r * rows.length;
  return [r, rows.length, { slope: r, intercept: 1 }];
}
exports.warmUp = warmUp;
exports.warmUpAgain = (rows, value, rng) => warmUp(rows, value, rng);`;

/** How many calls; about what a statistical check makes, enough for V8 to optimise the loop. */
const WARM_UP_CALLS = 1000;

/**
 * `value` arguments of every kind checks pass (fractions, whole numbers, NaN, lists,
 * strings): V8 records which kinds a field has held and throws away code optimised for
 * fewer kinds ("wrong map") when a new one arrives, so the warm-up shows them all first.
 */
const VALUES: readonly unknown[] = [0.3, 'throw', [1.5, 2], 4, Number.NaN, [[1, 2], [3]]];

/**
 * Runs the harness's hot paths (copying rows in, calling, copying results out) on our own
 * code in a spare realm, before the realm is handed out and before any learner code runs.
 * A fresh realm's JIT is cold, so without this a check that makes hundreds of calls runs
 * mostly unoptimised in every Run. Worth it where a spare warms while the learner types
 * (the browser); not where each realm grades one file at once (Node's CLI threads).
 *
 * It must be the harness that will serve the learner: V8 optimises the harness's inner
 * functions for the closures it saw, and a second harness's closures would throw that code
 * away ("wrong call target") at the first real call. The caller keeps whatever the harness
 * posts meanwhile from reaching the grader; the learner's `load` replaces the module after.
 */
export async function warmUpHarness(harness: Pick<LearnerHarness, 'handle'>): Promise<void> {
  await harness.handle({ type: 'load', code: WARM_UP_MODULE, exportNames: ['warmUp', 'warmUpAgain'] });
  // As many rows as the train-test-split statistical check passes, the largest batch a Run makes.
  const rows: ArgSpec = { kind: 'rows', rows: Array.from({ length: 40 }, (_, id) => ({ id })) };
  const calls = Array.from({ length: WARM_UP_CALLS }, (_, i): ArgSpec[] => [
    rows,
    { kind: 'value', value: VALUES[i % VALUES.length] },
    // Seeds as checks draw them, from all of [0, 2^32): most are not small integers to V8.
    { kind: 'rng', seed: (i * 2_654_435_761) >>> 0 },
  ]);
  // Through a structured clone, as a real batch arrives by postMessage: V8 gives cloned
  // objects other maps than literals, and code optimised for the literals' maps would be
  // thrown away ("wrong map") at the first real call.
  const batch = (batchId: number, list: ArgSpec[][], statistical: boolean, exportName: string) =>
    harness.handle(copyData({ type: 'call', batchId, calls: list, statistical, exportName }));
  await batch(0, calls, true, 'warmUp');
  await batch(1, calls.slice(0, WARM_UP_CALLS / 4), true, 'warmUpAgain');
  await batch(2, calls.slice(0, WARM_UP_CALLS / 4), false, 'warmUp');
  await batch(3, calls.slice(0, WARM_UP_CALLS / 4), false, 'warmUpAgain');
}
