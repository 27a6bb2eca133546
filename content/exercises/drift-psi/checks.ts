import { defineChecks, expectClose, fail, returned, value, type CheckContext } from '../../../src/grading/check-kit.ts';
import { driftedVerdicts } from './drift-verdicts.ts';
import type { CallOutcome } from '../../../src/grading/protocol.ts';
import { isClose } from '../../../src/grading/tolerance.ts';
import { currentInBins, emptyBins, quantileEdges } from './psi-data.ts';
import { psiPlot } from './psi-plot.ts';
import type { populationStabilityIndex } from './solution.ts';

/*
 * Every check is deterministic in its verdict: the data fix each bin's count, so a correct
 * solution always matches the reference (to rounding), and each mistake always changes the
 * number by far more than rtol. hasDrifted is reached through `callExport` (the exercise
 * lists it in otherExports) and judged on pairs whose PSI the bin counts fix exactly.
 */
type Context = CheckContext<typeof populationStabilityIndex>;
const WHAT = 'populationStabilityIndex';
/** The spec's rtol; atol only so that an expected 0 can be met by rounding noise. */
const TOLERANCE = { rtol: 1e-6, atol: 1e-12 };

/** Calls the learner with (reference, current, bins) and returns the PSI it gave (a number, maybe not finite). */
async function psiOf(t: Context, reference: number[], current: number[], bins: number): Promise<number> {
  return psiFrom(await t.call(value(reference), value(current), value(bins)));
}

/** The number a call returned (maybe not finite: expectPsi says why that is wrong). */
function psiFrom(outcome: CallOutcome): number {
  const actual = returned(outcome, WHAT, 'a number');
  if (typeof actual !== 'number') fail(`${WHAT} must return a number, got ${typeof actual}`, { actual });
  return actual;
}

/** Requires agreement with the reference, naming the data and, when recognised, the mistake. */
function expectPsi(actual: number, expected: number, situation: string, hint = ''): void {
  if (Number.isNaN(actual) || !Number.isFinite(actual)) fail(`${WHAT} returned ${actual} ${situation}, expected ${expected}${hint}`);
  if (!isClose(actual, expected, TOLERANCE)) fail(`${WHAT} is ${actual} ${situation}, expected ${expected}${hint}`, { expected, actual });
}

export default defineChecks<typeof populationStabilityIndex>({
  exportName: 'populationStabilityIndex',
  otherExports: ['hasDrifted'],
  checks: [
    {
      id: 'formula',
      name: 'sums (c − r)·ln(c / r) over the bins, with shares and the natural log',
      async run(t) {
        // Reference 0 … 99: its quantile edges are 9.9, 19.8, …, the same as equal-width
        // edges, so only the formula matters here. Current: 100 values, a fixed count per bin.
        const reference = Array.from({ length: 100 }, (_, i) => i);
        const current = currentInBins(t.random, reference, [4, 6, 8, 10, 12, 14, 16, 12, 10, 8]);
        const actual = await psiOf(t, reference, current, 10);
        const expected = t.reference(reference, current, 10);
        const hint = isClose(actual, expected / Math.LN10, TOLERANCE)
          ? ': that is the PSI with log base 10; use the natural log, Math.log'
          : isClose(actual, expected * 100, TOLERANCE)
            ? ': that is 100 times too big; use shares (count / length), not percentages'
            : ': check the edges (here 9.9, 19.8, …, 89.1) and the shares (count ÷ length)';
        expectPsi(actual, expected, 'for reference 0 … 99 and 100 current values in 10 bins', hint);
      },
    },
    {
      id: 'right-closed-bins',
      name: 'puts a value equal to an edge in the bin below it: bin j is (e(j−1), e(j)]',
      async run(t) {
        // Reference 0 … 100: the edges are exactly 10, 20, …, 90, and reference and current
        // values sit on them.
        const reference = Array.from({ length: 101 }, (_, i) => i);
        const current = Array.from({ length: 10 }, (_, b) => [10 * b + 5, ...Array<number>((b % 3) + 1).fill(10 * (b + 1))]).flat();
        const actual = await psiOf(t, reference, current, 10);
        expectPsi(
          actual,
          t.reference(reference, current, 10),
          'for reference 0 … 100 (edges 10, 20, …, 90) and values on the edges',
          ': a value equal to an edge belongs to the bin that edge closes (use value <= edge)',
        );
      },
    },
    {
      id: 'quantile-edges',
      name: "bins by the reference's quantiles, not by equal widths",
      async run(t) {
        // A skewed reference (200 exponential values): equal-width bins put most values in
        // the first bins, quantile bins a tenth in each.
        const reference = t.random.many(200, (r) => -10 * Math.log(1 - r.uniform()));
        const current = currentInBins(
          t.random,
          reference,
          t.random.many(10, (r) => r.int(5, 25)),
        );
        const actual = await psiOf(t, reference, current, 10);
        const expected = t.reference(reference, current, 10);
        t.plot(psiPlot(reference, current, 10, actual, expected));
        expectPsi(
          actual,
          expected,
          'for 200 skewed reference values',
          ": the inner edges are the reference's j/10 quantiles, so each bin holds a tenth of the reference",
        );
      },
    },
    {
      id: 'out-of-range-end-bins',
      name: "counts current values outside the reference's range in the first and last bins",
      async run(t) {
        const reference = t.random.many(120, (r) => r.normal(50, 10));
        const [low, high] = [Math.min(...reference), Math.max(...reference)];
        const below = t.random.many(7, (r) => low - r.between(0.5, 30));
        const above = t.random.many(11, (r) => high + r.between(0.5, 30));
        const current = [
          ...below,
          ...currentInBins(
            t.random,
            reference,
            t.random.many(10, (r) => r.int(4, 12)),
          ),
          ...above,
        ];
        const actual = await psiOf(t, reference, current, 10);
        expectPsi(
          actual,
          t.reference(reference, current, 10),
          `for a current sample with 7 values below the reference's minimum and 11 above its maximum`,
          ': they belong in the first and last bins, which are open-ended',
        );
      },
    },
    {
      id: 'empty-bin-floor',
      name: 'replaces a share of 0 by 1e-4, in current and in reference',
      async run(t) {
        // 1: current only in the top 3 of 10 bins. 2: a reference that is 40% zeros, so its
        // first edges are all 0 and two bins are empty in both samples.
        const uniform = t.random.many(100, (r) => r.between(0, 100));
        const top = currentInBins(t.random, uniform, [0, 0, 0, 0, 0, 0, 0, 10, 10, 10]);
        const zeros = [...Array<number>(40).fill(0), ...t.random.many(60, (r) => r.between(1, 50))];
        const later = [...Array<number>(20).fill(0), ...t.random.many(30, (r) => r.between(1, 50))];
        const cases = [
          [uniform, top, 'for a current sample that fills only the top 3 of 10 bins'],
          [zeros, later, 'for a reference that is 40% zeros (its first three edges are 0, so three of its bins are empty)'],
        ] as const;
        const outcomes = await t.callMany(cases.map(([reference, current]) => [value(reference), value(current), value(10)]));
        cases.forEach(([reference, current, situation], i) => {
          const actual = psiFrom(outcomes[i]!);
          const empty = Math.max(emptyBins(current, quantileEdges(reference, 10)), emptyBins(reference, quantileEdges(reference, 10)));
          expectPsi(
            actual,
            t.reference([...reference], [...current], 10),
            situation,
            `: ${empty} bins hold no value, and a share of 0 makes ln(c / r) infinite; count it as 1e-4 instead (do not skip the bin)`,
          );
        });
      },
    },
    {
      id: 'any-bin-count',
      name: 'uses the number of bins it is given',
      async run(t) {
        const shapes = [
          [97, 5],
          [250, 20],
          [32, 3],
        ] as const;
        const data = shapes.map(([n, bins]) => ({
          bins,
          reference: t.random.many(n, (r) => r.normal(0, 1)),
          current: t.random.many(80, (r) => r.normal(0.4, 1.2)),
        }));
        const outcomes = await t.callMany(data.map(({ reference, current, bins }) => [value(reference), value(current), value(bins)]));
        data.forEach(({ reference, current, bins }, i) => {
          const actual = psiFrom(outcomes[i]!);
          expectClose(
            actual,
            t.reference(reference, current, bins),
            TOLERANCE,
            `${WHAT} with ${bins} bins (${reference.length} reference values)`,
          );
        });
      },
    },
    driftedVerdicts,
  ],
});
