import type { CallOutcome } from '../../../src/grading/protocol.ts';
import { short, type LinesPlot, type TablePlot } from '../../../src/grading/plot.ts';
import { show, type Cell, type Model } from './score-data.ts';

/** Shown rows of the table. */
const SHOWN = 12;

/** The learner's predictions and fallback rows if the call returned arrays (any values), else empty lists. */
export function looseScores(outcome: CallOutcome): { predictions: unknown[]; fallbackRows: unknown[] } {
  if (outcome.status !== 'returned' || typeof outcome.value !== 'object' || outcome.value === null)
    return { predictions: [], fallbackRows: [] };
  const { predictions, fallbackRows } = outcome.value as { predictions?: unknown; fallbackRows?: unknown };
  return { predictions: Array.isArray(predictions) ? predictions : [], fallbackRows: Array.isArray(fallbackRows) ? fallbackRows : [] };
}

const number = (value: unknown) => (typeof value === 'number' ? short(value, 6) : value === undefined ? '—' : show(value as Cell));

/** The first rows: x, the learner's prediction and the expected one; the rows that must fall back marked. */
export function scoresTable(
  xs: readonly Cell[],
  yours: { predictions: unknown[]; fallbackRows: unknown[] },
  expected: { predictions: number[]; fallbackRows: number[] },
  fallback: number,
): TablePlot {
  const shown = xs.slice(0, SHOWN);
  const bad = expected.fallbackRows.filter((row) => row < SHOWN);
  return {
    kind: 'table',
    title: `The first ${shown.length} of ${xs.length} rows, scored`,
    text:
      `${expected.fallbackRows.length} of ${xs.length} rows have no usable x (rows ${expected.fallbackRows.join(', ')}) and get the fallback ${fallback}. ` +
      `Your fallbackRows: [${yours.fallbackRows.map(String).join(', ')}]. ` +
      `Rows shown whose prediction differs from the expected one: ${
        shown.flatMap((_, row) => (number(yours.predictions[row]) === number(expected.predictions[row]) ? [] : [row])).join(', ') || 'none'
      }.`,
    columns: ['row', 'x', 'your prediction', 'expected'],
    rows: shown.map((x, row) => ({
      cells: [String(row), show(x), number(yours.predictions[row]), number(expected.predictions[row])],
      ...(bad.includes(row) ? { marked: true } : {}),
    })),
    mark_label: 'fallback row',
  };
}

/** The learner's predictions against x for the valid rows, with the model's line and the fallback as a rule. */
export function scoresPlot(xs: readonly Cell[], yours: { predictions: unknown[] }, model: Model, fallback: number): LinesPlot {
  const valid = xs.flatMap((x, row) => (x !== null && Number.isFinite(x) ? [{ x, row }] : []));
  const low = Math.min(...valid.map(({ x }) => x));
  const high = Math.max(...valid.map(({ x }) => x));
  const atFallback = valid.filter(({ row }) => yours.predictions[row] === fallback).length;
  return {
    kind: 'lines',
    title: `Your predictions for the ${valid.length} valid rows`,
    text:
      `The model is y = ${model.slope}x ${model.intercept < 0 ? '−' : '+'} ${Math.abs(model.intercept)} for x from ${short(low)} to ${short(high)}; ` +
      `the fallback ${fallback} is for bad rows only. ${atFallback} of your ${valid.length} valid-row predictions are the fallback.`,
    x_label: 'x',
    y_label: 'prediction',
    series: [
      { name: 'your predictions', style: 'points', points: valid.map(({ x, row }) => [x, yours.predictions[row] as number]) },
      {
        name: 'the model',
        style: 'line',
        points: [
          [low, model.slope * low + model.intercept],
          [high, model.slope * high + model.intercept],
        ],
      },
    ],
    rules: [{ y: fallback, label: `fallback ${fallback}` }],
  };
}
