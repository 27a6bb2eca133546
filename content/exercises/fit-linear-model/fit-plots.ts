import type { CallOutcome } from '../../../src/grading/protocol.ts';
import { short, type LinesPlot, type Plot } from '../../../src/grading/plot.ts';

/**
 * The fit-linear-model plots: the data with the learner's line and the least-squares line,
 * and, when the learner's code called `report(step, loss)`, its loss per step.
 */

interface Line {
  slope: number;
  intercept: number;
}

/** The learner's line if the call returned one with numeric fields (maybe NaN), else undefined: a plot shows what there is. */
export function looseLine(outcome: CallOutcome): Line | undefined {
  if (outcome.status !== 'returned' || typeof outcome.value !== 'object' || outcome.value === null) return undefined;
  const { slope, intercept } = outcome.value as { slope?: unknown; intercept?: unknown };
  return typeof slope === 'number' && typeof intercept === 'number' ? { slope, intercept } : undefined;
}

const equation = ({ slope, intercept }: Line) => `y = ${short(slope)}x ${intercept < 0 ? '−' : '+'} ${short(Math.abs(intercept))}`;

/** The points, the learner's line and the reference line over the data's x range. */
export function fitPlot(
  xs: readonly number[],
  ys: readonly number[],
  learner: Line | undefined,
  reference: Line,
  label: string,
): LinesPlot {
  const low = Math.min(...xs);
  const high = Math.max(...xs);
  const across = (line: Line): [number, number][] => [
    [low, line.slope * low + line.intercept],
    [high, line.slope * high + line.intercept],
  ];
  const yours = learner
    ? Number.isFinite(learner.slope) && Number.isFinite(learner.intercept)
      ? `your line is ${equation(learner)}`
      : `your line has slope ${learner.slope} and intercept ${learner.intercept}, which cannot be drawn`
    : 'your function returned no line';
  return {
    kind: 'lines',
    title: `Your line and the least-squares line on ${label}`,
    text: `${xs.length} points with x from ${short(low)} to ${short(high)}: ${yours}; the least-squares line is ${equation(reference)}.`,
    x_label: 'x',
    y_label: 'y',
    series: [
      { name: 'data', style: 'points', points: xs.map((x, i) => [x, ys[i]!]) },
      ...(learner ? [{ name: 'your line', style: 'line' as const, points: across(learner) }] : []),
      { name: 'least squares', style: 'line', points: across(reference) },
    ],
  };
}

/** The loss per step the calls reported, one series per call; undefined when none reported anything. */
export function lossPlot(calls: readonly { outcome: CallOutcome; label: string }[]): Plot | undefined {
  const reported = calls.flatMap(({ outcome, label }) =>
    outcome.status === 'returned' || outcome.status === 'threw'
      ? outcome.reports?.length
        ? [{ label, reports: outcome.reports }]
        : []
      : [],
  );
  if (reported.length === 0) return undefined;
  const describe = ({ label, reports }: (typeof reported)[number]) => {
    const first = reports[0]!;
    const last = reports.at(-1)!;
    return `${label}: ${reports.length} steps, loss ${short(first.loss)} at step ${first.step} to ${short(last.loss)} at step ${last.step}`;
  };
  return {
    kind: 'lines',
    title: 'Loss per step, as your code reported it',
    text: `What report(step, loss) received. ${reported.map(describe).join('; ')}.`,
    x_label: 'step',
    y_label: 'loss',
    series: reported.map(({ label, reports }) => ({
      name: label,
      style: 'line',
      points: reports.map(({ step, loss }) => [step, loss] as [number, number]),
    })),
  };
}
