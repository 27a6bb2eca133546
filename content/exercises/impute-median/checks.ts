import {
  defineChecks,
  expectClose,
  expectNumber,
  expectThrows,
  expectUnchanged,
  fail,
  value,
  type CheckContext,
} from '../../../src/grading/check-kit.ts';
import { isClose } from '../../../src/grading/tolerance.ts';
import { expectFilled, medianMistake, readImputed, spaced, TOLERANCE, WHAT, withGaps } from './impute-data.ts';
import { imputePlot } from './impute-plot.ts';
import type { imputeMedian } from './solution.ts';

type Context = CheckContext<typeof imputeMedian>;
type Cell = number | null;

/** Calls the learner and requires the median to match the reference, explaining known mistakes. */
async function expectMedian(t: Context, train: Cell[], test: Cell[], situation: string) {
  const result = readImputed(await t.call(value(train), value(test)));
  const actual = expectNumber(result.median, `the median ${WHAT} returned`);
  const expected = t.reference(train, test).median;
  if (!isClose(actual, expected, TOLERANCE)) {
    const why = medianMistake(actual, train, test);
    fail(`median is ${actual}, expected ${expected} ${situation}${why ? `: ${actual} is ${why}` : ''}`, { expected, actual });
  }
}

export default defineChecks<typeof imputeMedian>({
  exportName: 'imputeMedian',
  checks: [
    {
      id: 'median-of-train',
      name: "fits the median on train's present values only (odd count)",
      async run(t) {
        // 11 present train values: ten in 20 … 60 and one outlier, 1000, so the mean is far
        // from the median. Test's values lie in 100 … 140, above train's middle: a median of
        // train and test together lands on another train value, at least 2 away.
        const train = withGaps(t.random, [...spaced(t.random, 10, 20, 4), 1000], [null, null, null, null]);
        const test = withGaps(t.random, spaced(t.random, 8, 100, 5), [null, null, null]);
        await expectMedian(t, train, test, '(11 present training values, one of them 1000; test values are 100 to 140)');
      },
    },
    {
      id: 'even-count-median',
      name: 'averages the two middle values when train has an even number of present values',
      async run(t) {
        const train = withGaps(t.random, spaced(t.random, 12, 20, 4), [null, null, null]);
        const test = withGaps(t.random, spaced(t.random, 5, 20, 8), [null]);
        await expectMedian(t, train, test, '(12 present training values)');
      },
    },
    {
      id: 'fills-both',
      name: "fills every gap of train and test with train's median and keeps every present value",
      async run(t) {
        const train = withGaps(t.random, spaced(t.random, 9, 20, 4), [null, null, null]);
        const test = withGaps(t.random, spaced(t.random, 6, 100, 5), [null, null, null]);
        const result = readImputed(await t.call(value(train), value(test)));
        const expected = t.reference(train, test);
        t.plot(imputePlot(train, result.train, result.median, expected.median));
        expectClose(expectNumber(result.median, `the median ${WHAT} returned`), expected.median, TOLERANCE, 'median');
        expectFilled(result.train, expected.train, train, 'train', expected.median);
        expectFilled(result.test, expected.test, test, 'test', expected.median);
      },
    },
    {
      id: 'missing-values',
      name: 'treats null and NaN as missing, and 0 as a value',
      async run(t) {
        const train = withGaps(t.random, [0, ...spaced(t.random, 8, 20, 4)], [Number.NaN, null, Number.NaN]);
        const test = withGaps(t.random, [0, ...spaced(t.random, 4, 60, 4)], [Number.NaN, null]);
        const result = readImputed(await t.call(value(train), value(test)));
        const expected = t.reference(train, test);
        const median = result.median;
        if (typeof median !== 'number' || !isClose(median, expected.median, TOLERANCE)) {
          fail(
            `median is ${String(median)}, expected ${expected.median} (train holds 0, 8 other values, two NaN and one null): ` +
              'leave out null and NaN, keep 0',
            { expected: expected.median, actual: median },
          );
        }
        expectFilled(result.train, expected.train, train, 'train', expected.median);
        expectFilled(result.test, expected.test, test, 'test', expected.median);
      },
    },
    {
      id: 'does-not-mutate',
      name: 'leaves train and test unchanged',
      async run(t) {
        const train = withGaps(t.random, spaced(t.random, 7, 20, 4), [null, Number.NaN]);
        const test = withGaps(t.random, spaced(t.random, 4, 20, 4), [null, Number.NaN]);
        const outcome = await t.call(value(train), value(test));
        readImputed(outcome);
        expectUnchanged(outcome, [train, test], WHAT);
      },
    },
    {
      id: 'rejects-no-present',
      name: 'throws a RangeError when train has no present value',
      async run(t) {
        const cases: [Cell[], string][] = [
          [[], 'for an empty train'],
          [[null, null], 'for train [null, null]'],
          [[Number.NaN, null, Number.NaN], 'for train [NaN, null, NaN]'],
        ];
        const outcomes = await t.callMany(cases.map(([train]) => [value(train), value([1, null, 3])]));
        cases.forEach(([, situation], i) => expectThrows(outcomes[i]!, 'RangeError', WHAT, situation));
      },
    },
  ],
});
