import {
  defineChecks,
  expectClose,
  expectNumber,
  expectThrows,
  fail,
  returned,
  value,
  type CheckContext,
} from '../../../src/grading/check-kit.ts';
import { isClose } from '../../../src/grading/tolerance.ts';
import type { baselineMse } from './solution.ts';
import { baselineResidualPlot } from './residual-plot.ts';
import { meanOf, mseAround, targetsWithMean } from './targets.ts';

type Context = CheckContext<typeof baselineMse>;
const WHAT = 'baselineMse';
/** Loose enough for a TF.js (float32) solution, far tighter than any mistake's effect. */
const TOLERANCE = { rtol: 1e-4, atol: 1e-9 };

async function score(t: Context, trainY: number[], testY: number[]): Promise<number> {
  return expectNumber(returned(await t.call(value(trainY), value(testY)), WHAT, 'a number'), WHAT);
}

export default defineChecks<typeof baselineMse>({
  exportName: 'baselineMse',
  checks: [
    {
      id: 'squared-error',
      name: 'averages the squared errors of the mean prediction over the test rows',
      async run(t) {
        // Train and test have exactly the same mean here, so this check is about the error
        // measure alone (absolute, root, summed...); where the mean comes from is the next check.
        const mean = t.random.int(20, 80);
        const trainY = targetsWithMean(t.random, 12, mean, 30);
        const testY = targetsWithMean(t.random, 12, mean, 30);
        const actual = await score(t, trainY, testY);
        const expected = t.reference(trainY, testY);
        if (!isClose(actual, expected, TOLERANCE)) {
          const absolute = testY.reduce((sum, y) => sum + Math.abs(y - mean), 0) / testY.length;
          const hint = isClose(actual, absolute, TOLERANCE)
            ? ': that is the mean absolute error; square each error instead'
            : isClose(actual, Math.sqrt(expected), TOLERANCE)
              ? ': that is the root of the MSE; do not take the square root'
              : isClose(actual, expected * testY.length, TOLERANCE)
                ? `: that is the sum of squared errors; divide by the ${testY.length} test rows`
                : '';
          fail(`${WHAT} is ${actual} for 12 training and 12 test targets (both with mean ${mean}), expected ${expected}${hint}`, {
            expected,
            actual,
          });
        }
      },
    },
    {
      id: 'mean-from-train',
      name: 'predicts the mean of trainY, never of testY',
      async run(t) {
        // Test's targets sit 25 above train's, with a spread of ±10: the honest baseline's
        // MSE is about 25² + 40 ≈ 665, a leaky one (test's own mean) about 40.
        const trainMean = t.random.int(20, 80);
        const trainY = targetsWithMean(t.random, 12, trainMean, 10);
        const testY = targetsWithMean(t.random, 12, trainMean + 25, 10);
        const outcome = await t.call(value(trainY), value(testY));
        t.plot(baselineResidualPlot(trainY, testY, outcome.status === 'returned' ? outcome.value : undefined));
        const actual = expectNumber(returned(outcome, WHAT, 'a number'), WHAT);
        const expected = t.reference(trainY, testY);
        if (isClose(actual, mseAround(testY, meanOf(testY)), TOLERANCE)) {
          fail(
            `${WHAT} is ${actual}, the error of predicting testY's own mean (${meanOf(testY)}); expected ${expected}, ` +
              `from predicting trainY's mean (${meanOf(trainY)}): the baseline may only learn from the training targets`,
            { expected, actual },
          );
        }
        const pooled = meanOf([...trainY, ...testY]);
        if (isClose(actual, mseAround(testY, pooled), TOLERANCE)) {
          fail(
            `${WHAT} is ${actual}, the error of predicting the mean of train and test together (${pooled}); expected ${expected}, ` +
              `from trainY's mean alone (${meanOf(trainY)}): any use of testY leaks the answers into the baseline`,
            { expected, actual },
          );
        }
        expectClose(actual, expected, TOLERANCE, `${WHAT} with test targets shifted 25 above the training ones`);
      },
    },
    {
      id: 'matches-reference',
      name: 'agrees with the reference when train and test have different lengths',
      async run(t) {
        const shapes = [
          [50, 7],
          [3, 40],
          [1, 1],
          [1, 5],
        ] as const;
        const data = shapes.map(([trainCount, testCount]) => [
          t.random.many(trainCount, (r) => r.normal(100, 15)),
          t.random.many(testCount, (r) => r.normal(104, 15)),
        ]);
        const outcomes = await t.callMany(data.map(([trainY, testY]) => [value(trainY), value(testY)]));
        data.forEach(([trainY, testY], index) => {
          const actual = expectNumber(returned(outcomes[index]!, WHAT, 'a number'), WHAT);
          expectClose(
            actual,
            t.reference(trainY!, testY!),
            TOLERANCE,
            `${WHAT} for ${trainY!.length} training and ${testY!.length} test targets`,
          );
        });
      },
    },
    {
      id: 'rejects-empty',
      name: 'throws a RangeError when trainY or testY is empty',
      async run(t) {
        const [noTrain, noTest, neither] = await t.callMany([
          [value([]), value([1, 2, 3])],
          [value([1, 2, 3]), value([])],
          [value([]), value([])],
        ]);
        expectThrows(noTrain!, 'RangeError', WHAT, 'for an empty trainY (it has no mean)');
        expectThrows(noTest!, 'RangeError', WHAT, 'for an empty testY (there is nothing to score)');
        expectThrows(neither!, 'RangeError', WHAT, 'for two empty arrays');
      },
    },
  ],
});
