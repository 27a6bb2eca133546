import { defineChecks, expectNoLeak, expectThrows, fail, value, type CheckContext } from '../../../src/grading/check-kit.ts';
import type { CallOutcome } from '../../../src/grading/protocol.ts';
import {
  BAD_CELLS,
  expectFallbackRows,
  expectPredictions,
  makeModel,
  readScores,
  validXs,
  WHAT,
  withBadRows,
  type Cell,
} from './score-data.ts';
import { looseScores, scoresPlot, scoresTable } from './score-plots.ts';
import type { scoreBatch } from './solution.ts';

type Context = CheckContext<typeof scoreBatch>;
interface Job {
  xs: Cell[];
  batchSize: number;
}

/** Runs the jobs with one seeded model (one round trip) and judges every result against the reference. */
async function expectScored(t: Context, jobs: readonly Job[], plot = false): Promise<CallOutcome[]> {
  const { model, fallback } = makeModel(t.random);
  const outcomes = await t.callMany(jobs.map(({ xs, batchSize }) => [value(model), value(xs), value({ batchSize, fallback })]));
  if (plot) {
    // The first job drawn before judging: a wrong row is seen in the table and off the line.
    const { xs, batchSize } = jobs[0]!;
    const yours = looseScores(outcomes[0]!);
    t.plot(scoresTable(xs, yours, t.reference(model, xs, { batchSize, fallback }), fallback));
    t.plot(scoresPlot(xs, yours, model, fallback));
  }
  jobs.forEach(({ xs, batchSize }, i) => {
    const actual = readScores(outcomes[i]!, xs, batchSize);
    const expected = t.reference(model, xs, { batchSize, fallback });
    expectPredictions(actual.predictions, expected.predictions, xs, model, fallback);
    expectFallbackRows(actual.fallbackRows, expected.fallbackRows, xs);
  });
  return outcomes;
}

/** Bad rows of every kind (two nulls) among `count` valid ones. */
const mixed = (t: Context, count: number) => withBadRows(t.random, validXs(t.random, count), [...BAD_CELLS, null]);

export default defineChecks<typeof scoreBatch>({
  exportName: 'scoreBatch',
  checks: [
    {
      id: 'scores-in-order',
      name: 'returns slope · x + intercept for every row, in input order, whatever the batch size',
      async run(t) {
        // The row count is never a multiple of the first batch size, so the last chunk is
        // partial; batchSize 1 and one larger than the input are the edge cases.
        const count = t.random.int(20, 30);
        const batchSize = [3, 4, 5, 6, 7].find((b) => count % b !== 0)!;
        const jobs = [
          { xs: validXs(t.random, count), batchSize },
          { xs: validXs(t.random, t.random.int(6, 9)), batchSize: 1 },
          { xs: validXs(t.random, t.random.int(5, 9)), batchSize: 16 },
        ];
        await expectScored(t, jobs);
      },
    },
    {
      id: 'fallback-rows',
      name: 'gives null, NaN and ±Infinity rows the fallback and lists them in ascending order',
      async run(t) {
        // The second job starts with NaN and ends with null, so listing nulls before the
        // other bad rows puts the rows out of order. Its 0 is a valid value, not a gap.
        const edges = [Number.NaN, ...validXs(t.random, 6, true), null];
        await expectScored(
          t,
          [
            { xs: mixed(t, 14), batchSize: 4 },
            { xs: edges, batchSize: 3 },
          ],
          true,
        );
      },
    },
    {
      id: 'chunks-at-most-batch-size',
      name: 'never puts more than batchSize values in one tensor',
      async run(t) {
        // 125 rows and chunks of 8 to 16: one tensor for the whole input holds 120 values.
        const batchSize = t.random.int(8, 16);
        const xs = mixed(t, 120);
        const [outcome] = await expectScored(t, [{ xs, batchSize }]);
        if (outcome!.status !== 'returned') return;
        const { largestFromData } = outcome!.tensors;
        if (largestFromData === 0) fail(`${WHAT} made no tensor from the data: score each chunk with tensor ops, e.g. tf.tensor1d(chunk)`);
        if (largestFromData > batchSize) {
          fail(
            `the largest tensor ${WHAT} made from data held ${largestFromData} values, with batchSize ${batchSize} for ${xs.length} rows: ` +
              `no tensor may hold more than ${batchSize}; score the rows chunk by chunk`,
            { expected: `≤ ${batchSize}`, actual: largestFromData },
          );
        }
      },
    },
    {
      id: 'no-tensor-leak',
      name: 'leaves no tensors behind',
      async run(t) {
        const xs = mixed(t, 30);
        const batchSize = t.random.int(4, 8);
        const [outcome] = await expectScored(t, [{ xs, batchSize }]);
        expectNoLeak(outcome!, `${WHAT} (scoring ${xs.length} rows in chunks of ${batchSize})`);
      },
    },
    {
      id: 'bad-rows-never-reach-model',
      name: 'never puts a NaN or ±Infinity row into a tensor',
      async run(t) {
        const xs = withBadRows(t.random, validXs(t.random, 12), [
          Number.NaN,
          Number.POSITIVE_INFINITY,
          Number.NEGATIVE_INFINITY,
          Number.NaN,
        ]);
        const [outcome] = await expectScored(t, [{ xs, batchSize: 5 }]);
        if (outcome!.status !== 'returned') return;
        const count = outcome!.tensors.nonFiniteFromData;
        if (count > 0) {
          fail(
            `${count} tensor${count === 1 ? '' : 's'} made from the data held NaN or ±Infinity (rows ${xs.flatMap((x, i) => (x !== null && !Number.isFinite(x) ? [i] : [])).join(', ')}): ` +
              'leave bad rows out of the chunks before making a tensor, rather than patching their predictions afterwards',
          );
        }
      },
    },
    {
      id: 'empty-and-all-bad',
      name: 'returns empty arrays for no rows, and only fallbacks when every row is bad',
      async run(t) {
        await expectScored(t, [
          { xs: [], batchSize: 4 },
          { xs: [null, Number.NaN, Number.POSITIVE_INFINITY, null], batchSize: 2 },
        ]);
      },
    },
    {
      id: 'rejects-bad-batch-size',
      name: 'throws a RangeError when batchSize is not a positive integer',
      async run(t) {
        const { model, fallback } = makeModel(t.random);
        const sizes = [0, 1.5, -3, Number.NaN];
        const xs = validXs(t.random, 6);
        const outcomes = await t.callMany(sizes.map((batchSize) => [value(model), value(xs), value({ batchSize, fallback })]));
        sizes.forEach((batchSize, i) => expectThrows(outcomes[i]!, 'RangeError', WHAT, `for batchSize ${batchSize}`));
      },
    },
    {
      id: 'no-leak-when-throwing',
      name: 'leaves no tensors behind when it throws',
      async run(t) {
        const { model, fallback } = makeModel(t.random);
        const xs = mixed(t, 10);
        const sizes = [0, 2.5];
        const outcomes = await t.callMany(sizes.map((batchSize) => [value(model), value(xs), value({ batchSize, fallback })]));
        sizes.forEach((batchSize, i) => {
          const outcome = outcomes[i]!;
          expectThrows(outcome, 'RangeError', WHAT, `for batchSize ${batchSize}`);
          const leaked = outcome.status === 'threw' ? outcome.tensors.leaked : 0;
          if (leaked > 0) {
            fail(
              `${WHAT} leaked ${leaked} tensor${leaked === 1 ? '' : 's'} when it threw for batchSize ${batchSize}: ` +
                'check batchSize before making any tensor, or dispose in a finally block',
            );
          }
        });
      },
    },
  ],
});
