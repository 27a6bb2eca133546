import {
  defineChecks,
  expectClose,
  expectNoLeak,
  expectNumber,
  expectThrows,
  expectUnchanged,
  fail,
  returned,
  value,
  type CheckContext,
} from '../../../src/grading/check-kit.ts';
import type { CallOutcome } from '../../../src/grading/protocol.ts';
import { fitPlot, looseLine, lossPlot } from './fit-plots.ts';
import type { fitLinear } from './solution.ts';

type Context = CheckContext<typeof fitLinear>;
const WHAT = 'fitLinear';
const TOLERANCE = { rtol: 1e-2, atol: 1e-2 };

/** A seeded noisy line: random slope and intercept, x spread over a random range. */
function noisyLine(t: Context, count: number, lowestStart = -10) {
  const slope = t.random.between(-3, 3);
  const intercept = t.random.between(-5, 5);
  const start = t.random.between(lowestStart, 5);
  const xs = t.random.many(count, (r) => start + r.between(0, 10));
  const ys = xs.map((x) => slope * x + intercept + t.random.normal(0, 0.5));
  return { xs, ys };
}

function lineOf(outcome: CallOutcome): { slope: number; intercept: number } {
  const result = returned(outcome, WHAT, '{ slope: number; intercept: number }') as { slope?: unknown; intercept?: unknown } | null;
  if (typeof result !== 'object' || result === null || !('slope' in result) || !('intercept' in result)) {
    fail(`${WHAT} must return { slope: number; intercept: number }`, { actual: result });
  }
  return { slope: expectNumber(result.slope, `${WHAT}'s slope`), intercept: expectNumber(result.intercept, `${WHAT}'s intercept`) };
}

/** Judges one fit; `plot` first draws the data, both lines and any reported loss (before judging, so a wrong fit shows). */
async function expectFit(t: Context, xs: number[], ys: number[], label: string, plot = false) {
  const outcome = await t.call(value(xs), value(ys));
  if (plot) {
    t.plot(fitPlot(xs, ys, looseLine(outcome), t.reference(xs, ys), label));
    const loss = lossPlot([{ outcome, label }]);
    if (loss) t.plot(loss);
  }
  // Say which data it threw on: "threw RangeError" alone does not tell a learner that repeated xs are valid.
  if (outcome.status === 'threw') fail(`${WHAT} threw ${outcome.error.name}: ${outcome.error.message} for ${label}`);
  const actual = lineOf(outcome);
  const expected = t.reference(xs, ys);
  expectClose(actual.slope, expected.slope, TOLERANCE, `the slope for ${label}`);
  expectClose(actual.intercept, expected.intercept, TOLERANCE, `the intercept for ${label}`);
}

export default defineChecks<typeof fitLinear>({
  exportName: 'fitLinear',
  checks: [
    {
      id: 'exact-line',
      name: 'recovers slope 2 and intercept 1 from points exactly on y = 2x + 1',
      async run(t) {
        await expectFit(t, [1, 2, 3], [3, 5, 7], 'the points (1, 3), (2, 5), (3, 7)');
      },
    },
    {
      id: 'fits-seeded-lines',
      name: 'matches the least-squares line on seeded noisy data (within 0.01 + 1%)',
      async run(t) {
        for (let i = 1; i <= 3; i += 1) {
          // Line 1 always has xs from 2 up to 15, so E[x²] ≥ 57 at every seed: gradient descent on
          // unscaled xs diverges there unless its step is below about 1/58 (the hints standardise x).
          const { xs, ys } = noisyLine(t, 40, i === 1 ? 2 : -10);
          await expectFit(t, xs, ys, `seeded line ${i} of 3`, i === 1);
        }
      },
    },
    {
      id: 'accepts-repeated-xs',
      name: 'fits data where some xs repeat, such as [1, 1, 2, 3] (only all-equal xs are an error)',
      async run(t) {
        await expectFit(t, [1, 1, 2, 3], [2, 4, 5, 7], 'xs [1, 1, 2, 3] (repeated xs are valid: only all-equal xs have no unique line)');
        // Integer xs from 0 to 5 (both ends present), so 12 points must repeat several xs.
        const xs = [0, 5, ...t.random.many(10, (r) => r.int(0, 5))];
        const ys = xs.map((x) => 1.5 * x - 2 + t.random.normal(0, 0.5));
        await expectFit(
          t,
          xs,
          ys,
          `12 seeded points on the integer xs ${[...new Set(xs)].sort((a, b) => a - b).join(', ')} (repeats are valid input)`,
        );
      },
    },
    {
      id: 'rejects-too-few-points',
      name: 'throws a RangeError for fewer than two points',
      async run(t) {
        expectThrows(await t.call(value([]), value([])), 'RangeError', WHAT, 'for no points');
        expectThrows(await t.call(value([4]), value([2])), 'RangeError', WHAT, 'for one point');
      },
    },
    {
      id: 'rejects-length-mismatch',
      name: 'throws a RangeError when xs and ys differ in length',
      async run(t) {
        expectThrows(await t.call(value([1, 2, 3]), value([1, 2])), 'RangeError', WHAT, 'for 3 xs and 2 ys');
      },
    },
    {
      id: 'rejects-constant-x',
      name: 'throws a RangeError when all xs are equal',
      async run(t) {
        expectThrows(await t.call(value([2, 2, 2, 2]), value([1, 2, 3, 4])), 'RangeError', WHAT, 'for xs that are all 2');
      },
    },
    {
      id: 'no-tensor-leak',
      name: 'leaves no tensors behind',
      async run(t) {
        const { xs, ys } = noisyLine(t, 30);
        const outcome = await t.call(value(xs), value(ys));
        lineOf(outcome);
        expectNoLeak(outcome, WHAT);
      },
    },
    {
      id: 'does-not-mutate',
      name: 'leaves xs and ys unchanged',
      async run(t) {
        const { xs, ys } = noisyLine(t, 25);
        const outcome = await t.call(value(xs), value(ys));
        lineOf(outcome);
        expectUnchanged(outcome, [xs, ys], WHAT);
      },
    },
  ],
});
