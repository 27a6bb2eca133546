import { copyData } from './captured-intrinsics.ts';
import { createLearnerHarness, type LoadedTf } from './learner-harness.ts';
import type { ArgSpec } from './protocol.ts';

/**
 * Our own module, run through a throwaway harness: it returns the shapes learners return
 * (row objects in a split, numbers, a list) and throws, so every hot path gets exercised.
 */
const WARM_UP_MODULE = `
exports.warmUp = function warmUp(rows, kind, rng) {
  const r = rng();
  if (kind === 3) throw new RangeError('warm-up');
  if (kind === 0) return { train: rows.slice(3), test: rows.slice(0, 3) };
  if (kind === 1) return r * rows.length;
  return [r, rows.length, { slope: r, intercept: 1 }];
};`;

/** How many calls; about what a statistical check makes, enough for V8 to optimise the loop. */
const WARM_UP_CALLS = 1000;

/**
 * Runs the harness's hot paths (copying rows in, calling, copying results out) on our own
 * code in a spare realm, before the realm is handed out and before any learner code runs.
 * A fresh realm's JIT is cold, so without this a check that makes hundreds of calls runs
 * mostly unoptimised in every Run. Worth it where a spare warms while the learner types
 * (the browser); not where each realm grades one file at once (Node's CLI threads).
 */
export async function warmUpHarness(loadTf: () => Promise<LoadedTf>): Promise<void> {
  const harness = createLearnerHarness({ loadTf, post: () => undefined });
  await harness.handle({ type: 'load', code: WARM_UP_MODULE, exportNames: ['warmUp'] });
  // As many rows as the train-test-split statistical check passes, the largest batch a Run makes.
  const rows: ArgSpec = { kind: 'rows', rows: Array.from({ length: 40 }, (_, id) => ({ id })) };
  const calls = Array.from({ length: WARM_UP_CALLS }, (_, i): ArgSpec[] => [
    rows,
    { kind: 'value', value: i % 4 },
    { kind: 'rng', seed: i },
  ]);
  // Through a structured clone, as a real batch arrives by postMessage: V8 gives cloned
  // objects other maps than literals, and code optimised for the literals' maps would be
  // thrown away ("wrong map") at the first real call.
  await harness.handle(copyData({ type: 'call', batchId: 0, calls, statistical: true }));
  await harness.handle(copyData({ type: 'call', batchId: 1, calls: calls.slice(0, WARM_UP_CALLS / 4) }));
}
