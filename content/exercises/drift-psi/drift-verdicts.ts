import { fail, returned, value, type CheckDefinition } from '../../../src/grading/check-kit.ts';
import { currentInBins, shuffle } from './psi-data.ts';
import type { populationStabilityIndex } from './solution.ts';

/**
 * Current samples whose PSI against a reference of 100 values in 10 quantile bins (each
 * holding exactly 10, r = 0.1) is fixed by the counts alone: 0.004 (stable), 0.133 (watch:
 * a 0.1 threshold says drift), 0.2025 (just above 0.2: a 0.25 threshold says no drift),
 * 0.373 and 0.997 (drift). So the verdict of a correct hasDrifted is the same at every seed,
 * and each wrong rule (always, never, inverted, 0.1, 0.25) is wrong on at least one pair.
 */
const PAIRS = [
  { counts: [9, 11, 10, 10, 9, 11, 10, 10, 10, 10], story: 'a stable sample (PSI 0.004)' },
  { counts: [4, 6, 8, 10, 12, 14, 16, 12, 10, 8], story: 'a moderate shift (PSI 0.133, between 0.1 and 0.2)' },
  { counts: [3, 5, 6, 8, 10, 12, 13, 14, 14, 15], story: 'a shift just above the threshold (PSI 0.2025)' },
  { counts: [2, 3, 5, 7, 9, 11, 13, 15, 17, 18], story: 'a clear shift (PSI 0.373)' },
  { counts: [1, 1, 2, 3, 5, 8, 12, 18, 22, 28], story: 'a strong shift (PSI 0.997)' },
];

/** hasDrifted agrees with PSI over 10 bins > 0.2 on pairs on both sides of (and near) the threshold. */
export const driftedVerdicts: CheckDefinition<typeof populationStabilityIndex> = {
  id: 'has-drifted',
  name: 'hasDrifted says drift exactly when PSI over 10 bins is above 0.2',
  async run(t) {
    const reference = t.random.many(100, (r) => r.normal(50, 10));
    // In random order, so that no answer keyed to a position can pass.
    const pairs = shuffle(t.random, PAIRS).map((pair) => ({ ...pair, current: currentInBins(t.random, reference, pair.counts) }));
    for (const { current, story } of pairs) {
      const answer = returned(await t.callExport('hasDrifted', value(reference), value(current)), 'hasDrifted', 'a boolean');
      if (typeof answer !== 'boolean') fail(`hasDrifted must return a boolean, got ${typeof answer}`, { actual: answer });
      const psi = t.reference(reference, current, 10);
      const expected = psi > 0.2;
      if (answer !== expected) {
        fail(
          `hasDrifted said ${answer} for ${story}: PSI over 10 bins is ${psi.toFixed(4)}, so it should say ${expected} (drift means PSI > 0.2)`,
          {
            expected,
            actual: answer,
          },
        );
      }
    }
  },
};
