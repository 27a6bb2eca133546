import type { CallOutcome } from '../../../src/grading/protocol.ts';
import type { LinesPlot } from '../../../src/grading/plot.ts';
import type { Case } from './zone-data.ts';

/** One night whose clocks change: when (UTC ms), what the message says about it, and the instants asked about. */
export interface Night {
  at: number;
  note: string;
  cases: Case[];
}

/** The learner's hourOfDay list if the call returned one (any values), else undefined: a plot shows what there is. */
export function looseHours(outcome: CallOutcome): unknown[] | undefined {
  if (outcome.status !== 'returned' || typeof outcome.value !== 'object' || outcome.value === null) return undefined;
  const hours = (outcome.value as { hourOfDay?: unknown }).hourOfDay;
  return Array.isArray(hours) ? hours : undefined;
}

/** Local hours across the nights a zone's clocks change: the true ones as a step line, the learner's as points, x in minutes from the change. */
export function dstPlot(
  zone: string,
  nights: readonly Night[],
  yours: readonly unknown[] | undefined,
  expected: readonly number[],
): LinesPlot {
  let offset = 0;
  const drawn = nights.map((night, n) => {
    const at = (i: number) => Math.round((night.cases[i]!.ms - night.at) / 60_000);
    const series = {
      night: n + 1,
      local: night.cases.map((_, i) => [at(i), expected[offset + i]!] as [number, number]),
      learner: night.cases.map((_, i) => [at(i), yours?.[offset + i]] as [number, unknown]),
      note: night.note,
    };
    offset += night.cases.length;
    return series;
  });
  const list = (points: readonly (readonly [number, unknown])[]) =>
    points.map(([, hour]) => (typeof hour === 'number' ? hour : '?')).join(', ');
  return {
    kind: 'lines',
    title: `Local hours in ${zone} across the nights its clocks change`,
    text: drawn
      .map(
        ({ night, local, learner, note }) =>
          `Night ${night}: ${note}. Local hours ${list(local)}; yours ${yours ? list(learner) : 'none'}.`,
      )
      .join(' '),
    x_label: 'minutes from the change (UTC)',
    y_label: 'local hour',
    series: drawn.flatMap(({ night, local, learner }) => [
      { name: `night ${night}: local hour`, style: 'step' as const, points: local },
      {
        name: `night ${night}: yours`,
        style: 'points' as const,
        points: learner.map(([x, hour]) => [x, typeof hour === 'number' ? hour : null] as [number, number | null]),
      },
    ]),
  };
}
