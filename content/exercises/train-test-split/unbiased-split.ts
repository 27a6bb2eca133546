import { fail, rng, rows, value, type CheckContext } from '../../../src/grading/check-kit.ts';
import type { CallOutcome } from '../../../src/grading/protocol.ts';
import type { trainTestSplit } from './solution.ts';
import { rowSharesPlot } from './split-plots.ts';
import type { SplitDesign } from './split-designs.ts';
import { describeBias, splitStatistics } from './split-statistics.ts';

/**
 * Runs one statistical design (split-designs.ts): `design.runs` splits of the same rows
 * at fresh seeds, then fails with the first statistic that leaves its interval.
 */
export async function checkSplitDesign(
  t: CheckContext<typeof trainTestSplit>,
  design: SplitDesign,
  splitOf: (outcome: CallOutcome) => { train: number[]; test: number[] },
): Promise<void> {
  // The same argument objects in every call: postMessage copies them once, and each call
  // still gets fresh rows (the realm copies them per call).
  const input = rows(Array.from({ length: design.rows }, (_, id) => ({ id })));
  const testFraction = value(design.fraction);
  const outcomes = await t.callMany(
    Array.from({ length: design.runs }, () => [input, testFraction, rng(t.random.seed())]),
    { statistical: true },
  );
  const tests = outcomes.map((outcome) => splitOf(outcome).test);
  const testSize = Math.ceil(design.fraction * design.rows);
  const wrongSize = tests.find((test) => test.length !== testSize);
  if (wrongSize) fail(`test has ${wrongSize.length} rows, expected ${testSize} (ceil(${design.fraction} × ${design.rows}))`);
  const statistics = splitStatistics(tests, design);
  t.plot(rowSharesPlot(statistics.inTest, design));
  const problem = describeBias(statistics, design);
  if (problem) fail(problem);
}
