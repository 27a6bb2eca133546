import {
  defineChecks,
  expectThrows,
  expectUnchanged,
  fail,
  returned,
  rng,
  rowIndex,
  rowReferences,
  rows,
  value,
} from '../../../src/grading/check-kit.ts';
import type { CallOutcome } from '../../../src/grading/protocol.ts';
import type { trainTestSplit } from './solution.ts';
import { oneSplitPlot } from './split-plots.ts';
import { DESIGN_40 } from './split-designs.ts';
import { checkSplitDesign } from './unbiased-split.ts';

const WHAT = 'trainTestSplit';

/** Rows the grader passes: distinct objects, so identity can be checked across realms. */
const makeRows = (count: number) => Array.from({ length: count }, (_, id) => ({ id }));

/** The split as row indices; fails unless it is { train: row[], test: row[] } of input rows. */
export function splitOf(outcome: CallOutcome): { train: number[]; test: number[] } {
  const result = returned(outcome, WHAT, '{ train: T[]; test: T[] }') as { train?: unknown; test?: unknown } | null;
  if (typeof result !== 'object' || result === null || !Array.isArray(result.train) || !Array.isArray(result.test)) {
    fail(`${WHAT} must return { train: T[]; test: T[] }`, { actual: result });
  }
  const indices = (side: 'train' | 'test') =>
    (result[side] as unknown[]).map((item, position) => {
      const row = rowIndex(item);
      if (row === undefined) {
        fail(`${side}[${position}] is not one of the input rows: return the row objects themselves, not copies or new values`, {
          actual: item,
        });
      }
      return row;
    });
  return { train: indices('train'), test: indices('test') };
}

const isSlice = (test: number[], start: number) =>
  test.every((row, i) => row === start + i) || [...test].sort((a, b) => a - b).every((row, i) => row === start + i);

export default defineChecks<typeof trainTestSplit>({
  exportName: 'trainTestSplit',
  checks: [
    {
      id: 'test-size',
      name: 'puts ceil(testFraction × n) rows in test and the rest in train',
      async run(t) {
        const cases = [
          [100, 0.2],
          [10, 0.25],
          [7, 0.3],
          [3, 0.5],
          [41, 0.1],
        ] as const;
        // One round trip for all cases: each is independent of the others.
        const outcomes = await t.callMany(cases.map(([count, fraction]) => [rows(makeRows(count)), value(fraction), rng(t.random.seed())]));
        for (const [index, [count, fraction]] of cases.entries()) {
          const { train, test } = splitOf(outcomes[index]!);
          const expected = Math.ceil(fraction * count);
          if (test.length !== expected) fail(`test has ${test.length} rows, expected ${expected} (ceil(${fraction} × ${count}))`);
          if (train.length !== count - expected)
            fail(`train has ${train.length} rows, expected ${count - expected} (${count} − ${expected})`);
        }
      },
    },
    {
      id: 'each-row-once',
      name: 'uses every input row exactly once, invents none and drops none',
      async run(t) {
        // Two splits of 100 rows at 0.5: sampling the 50 test rows with replacement repeats
        // none of them with probability Π(1 − i/100) over i < 50 = 3.1e-7 per call, so it
        // slips through both calls with probability 9.4e-14; a correct split never fails.
        const count = 100;
        const outcomes = await t.callMany([0, 1].map(() => [rows(makeRows(count)), value(0.5), rng(t.random.seed())]));
        for (const outcome of outcomes) {
          const { train, test } = splitOf(outcome);
          const seen = new Map<number, string>();
          for (const [side, list] of [
            ['train', train],
            ['test', test],
          ] as const) {
            for (const row of list) {
              if (seen.has(row)) fail(`row #${row} appears twice (in ${seen.get(row)} and in ${side})`);
              seen.set(row, side);
            }
          }
          const missing = makeRows(count).findIndex((_, index) => !seen.has(index));
          if (missing >= 0) fail(`row #${missing} is in neither train nor test`);
        }
      },
    },
    {
      id: 'same-seed-same-split',
      name: 'gives the same split for the same seed (use the rng you were given)',
      async run(t) {
        const seed = t.random.seed();
        const [first, second] = await t.callMany([
          [rows(makeRows(20)), value(0.25), rng(seed)],
          [rows(makeRows(20)), value(0.25), rng(seed)],
        ]);
        const a = splitOf(first!);
        t.plot(oneSplitPlot(a, 20, 0.25));
        const b = splitOf(second!);
        if (a.test.join() !== b.test.join() || a.train.join() !== b.train.join()) {
          fail('the same seed gave two different splits: use the rng you were given, not Math.random', {
            expected: a.test,
            actual: b.test,
          });
        }
      },
    },
    {
      id: 'different-seed-different-split',
      name: 'gives a different split for a different seed, and is not a head/tail slice',
      async run(t) {
        // Six seeds: a split with only 20 possible test sets (a block or stride at a random
        // offset) gives the same one six times with probability 20^-5 = 3.1e-7, so those reach
        // the statistical check instead; a correct split does so with probability C(20, 4)^-5.
        const outcomes = await t.callMany([0, 1, 2, 3, 4, 5].map(() => [rows(makeRows(20)), value(0.2), rng(t.random.seed())]));
        const splits = outcomes.map(splitOf);
        if (splits.every((s) => s.test.join() === splits[0]!.test.join())) {
          fail('six different seeds gave the same test set: shuffle with the rng before slicing', { actual: splits[0]!.test });
        }
        if (splits.every((s) => isSlice(s.test, 0)))
          fail('the test set is always the first rows: shuffle before slicing', { actual: splits[0]!.test });
        if (splits.every((s) => isSlice(s.test, 20 - s.test.length)))
          fail('the test set is always the last rows: shuffle before slicing', { actual: splits[0]!.test });
      },
    },
    {
      id: 'unbiased-shuffle',
      name: 'makes every test set equally likely: single rows, pairs of neighbours and the patterns biased shuffles leave, over 700 seeds',
      // The design (statistics, thresholds, error probabilities) is in split-designs.ts.
      run: (t) => checkSplitDesign(t, DESIGN_40, splitOf),
    },
    {
      id: 'rejects-bad-fraction',
      name: 'throws a RangeError when testFraction is not strictly between 0 and 1',
      async run(t) {
        const fractions = [0, 1, -0.2, 1.5, Number.NaN];
        const outcomes = await t.callMany(fractions.map((fraction) => [rows(makeRows(10)), value(fraction), rng(1)]));
        for (const [index, fraction] of fractions.entries()) {
          const why = Number.isNaN(fraction)
            ? ' (NaN is not between 0 and 1, yet `f <= 0 || f >= 1` is false for it: test `!(f > 0 && f < 1)`)'
            : '';
          expectThrows(outcomes[index]!, 'RangeError', WHAT, `for testFraction ${fraction}${why}`);
        }
      },
    },
    {
      id: 'rejects-empty-side',
      name: 'throws a RangeError when train or test would be empty',
      async run(t) {
        const [oneRow, noRows, trainEmpty] = await t.callMany([
          [rows(makeRows(1)), value(0.5), rng(1)],
          [rows([]), value(0.5), rng(1)],
          [rows(makeRows(3)), value(0.9), rng(1)],
        ]);
        expectThrows(oneRow!, 'RangeError', WHAT, 'for 1 row (train would be empty)');
        expectThrows(noRows!, 'RangeError', WHAT, 'for no rows');
        expectThrows(trainEmpty!, 'RangeError', WHAT, 'for 3 rows and testFraction 0.9 (train would be empty)');
      },
    },
    {
      id: 'does-not-mutate',
      name: 'leaves the rows array unchanged',
      async run(t) {
        const input = makeRows(12);
        const outcome = await t.call(rows(input), value(0.25), rng(t.random.seed()));
        splitOf(outcome);
        expectUnchanged(outcome, [rowReferences(input.length)], WHAT);
      },
    },
  ],
});
