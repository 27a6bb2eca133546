import {
  defineChecks,
  expectClose,
  expectNumber,
  expectThrows,
  expectUnchanged,
  returned,
  value,
  type CheckContext,
} from '../../../src/grading/check-kit.ts';
import { residualPlot } from './residual-plot.ts';
import type { meanSquaredError } from './solution.ts';

type Context = CheckContext<typeof meanSquaredError>;
const WHAT = 'meanSquaredError';
const SHAPE = 'a number';
/**
 * rtol 1e-4 (the spec), so float32 work such as tf.metrics.meanSquaredError passes at every
 * seed: see `seededPair` for why its error stays below 1e-4 on the grader's data.
 */
const TOLERANCE = { rtol: 1e-4, atol: 0 };

/**
 * Seeded true values in [0, 100) and predictions off by 1 to 10 either way. Why float32 is
 * always within rtol 1e-4 here, at any seed: rounding each input to float32 moves it by at
 * most 2^-24·110, so each difference d (|d| ≥ 1) by at most 1.4e-5·|d| and each d² by
 * 2.7e-5 relative; summing up to 250 float32 terms adds at most 250·2^-24 = 1.5e-5 and the
 * division 6e-8, 4.3e-5 in all. (Errors allowed near 0 would let d be tiny, and then the
 * float32 rounding of the inputs alone could exceed any rtol.)
 */
function seededPair(t: Context, length: number): [number[], number[]] {
  const yTrue = t.random.many(length, (r) => r.between(0, 100));
  const yPred = yTrue.map((y) => y + (t.random.uniform() < 0.5 ? -1 : 1) * t.random.between(1, 10));
  return [yTrue, yPred];
}

export default defineChecks<typeof meanSquaredError>({
  exportName: 'meanSquaredError',
  checks: [
    {
      id: 'small-example',
      name: 'gives 28 for the example in the task',
      async run(t) {
        const actual = expectNumber(returned(await t.call(value([20, 30, 25, 40]), value([22, 28, 27, 30])), WHAT, SHAPE), WHAT);
        expectClose(actual, 28, TOLERANCE, 'the MSE of the example');
      },
    },
    {
      id: 'matches-reference',
      name: 'agrees with the reference on seeded data of several lengths',
      async run(t) {
        for (const length of [1, 7, 250]) {
          const [yTrue, yPred] = seededPair(t, length);
          const outcome = await t.call(value(yTrue), value(yPred));
          // The longest data drawn before judging, so a wrong number is seen beside the residuals.
          if (length === 250)
            t.plot(residualPlot(yTrue, yPred, outcome.status === 'returned' ? outcome.value : undefined, t.reference(yTrue, yPred)));
          const actual = expectNumber(returned(outcome, WHAT, SHAPE), WHAT);
          expectClose(actual, t.reference(yTrue, yPred), TOLERANCE, `the MSE of ${length} seeded value${length === 1 ? '' : 's'}`);
        }
      },
    },
    {
      id: 'rejects-empty-input',
      name: 'throws a RangeError for empty arrays',
      async run(t) {
        expectThrows(await t.call(value([]), value([])), 'RangeError', WHAT, 'for two empty arrays');
      },
    },
    {
      id: 'handles-length-mismatch',
      name: 'throws a RangeError when the lengths differ',
      async run(t) {
        expectThrows(await t.call(value([1, 2, 3]), value([1, 2])), 'RangeError', WHAT, 'for lengths 3 and 2');
        expectThrows(await t.call(value([1]), value([1, 2])), 'RangeError', WHAT, 'for lengths 1 and 2');
      },
    },
    {
      id: 'does-not-mutate',
      name: 'leaves its inputs unchanged',
      async run(t) {
        const [yTrue, yPred] = seededPair(t, 20);
        const outcome = await t.call(value(yTrue), value(yPred));
        returned(outcome, WHAT, SHAPE);
        expectUnchanged(outcome, [yTrue, yPred], WHAT);
      },
    },
  ],
});
