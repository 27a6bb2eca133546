/**
 * Plots in a verdict: plain numbers and labels (never pictures) that a check attaches to its
 * result with `t.plot(...)`, so the widget can draw what the message says ("row #1 landed in
 * test 43% of the time, expected 30%") and the CLI's JSON carries the same data. Part of the
 * result JSON v1 as an optional field of a check (`plots`): additive, old readers ignore it.
 *
 * Every plot has a `title` and a `text` alternative that says what it shows with numbers;
 * the widget uses it as the figure's description (and announces it when `announce` is set),
 * the CLI's text format prints it.
 */

/** A number in a plot: null where the value was not finite (JSON has no NaN or Infinity). */
export type PlotNumber = number | null;

/** What every plot kind has. */
interface PlotBase {
  /** A short heading, e.g. "How often each row landed in test". */
  title: string;
  /** The text alternative: what the plot shows, with its numbers, in a sentence or three. */
  text: string;
  /** Set when the text tells what the check's message does not (the widget then announces it). */
  announce?: boolean;
}

/** A horizontal reference line, e.g. the expected share. */
export interface PlotRule {
  y: number;
  label: string;
}

/** One bar per category or index (row frequencies, counts); `highlight` marks bars the text talks about. */
export interface BarsPlot extends PlotBase {
  kind: 'bars';
  x_label: string;
  y_label: string;
  bars: { x: string | number; y: PlotNumber; highlight?: boolean }[];
  rules?: PlotRule[];
}

/** Series of (x, y) points drawn as dots, a line or a step line (data and fitted lines, a loss per step, residuals). */
export interface LinesPlot extends PlotBase {
  kind: 'lines';
  x_label: string;
  y_label: string;
  series: { name: string; style: 'points' | 'line' | 'step'; points: [PlotNumber, PlotNumber][] }[];
  rules?: PlotRule[];
}

/** Two histograms on the same bins, side by side (reference and current, before and after). */
export interface HistogramsPlot extends PlotBase {
  kind: 'histograms';
  x_label: string;
  y_label: string;
  /** Each bin's label, e.g. "(9.9, 19.8]". */
  bins: string[];
  /** Two series, each one value per bin. */
  series: { name: string; values: PlotNumber[] }[];
}

/** The first rows of a table, some marked (fallback rows, rows that differ from the expected ones). */
export interface TablePlot extends PlotBase {
  kind: 'table';
  columns: string[];
  rows: { cells: string[]; marked?: boolean }[];
  /** What a marked row means, e.g. "fallback". */
  mark_label?: string;
}

/** One cell per index, coloured by the group it belongs to (a split's side, a fold). */
export interface StripPlot extends PlotBase {
  kind: 'strip';
  x_label: string;
  /** Group names, in legend order. */
  groups: string[];
  /** cells[i] is the group of index i (a position in `groups`), or −1 for none. */
  cells: number[];
}

/** A plot as a check attaches it to its result. */
export type Plot = BarsPlot | LinesPlot | HistogramsPlot | TablePlot | StripPlot;

/** The most plots one check may attach. */
export const PLOTS_PER_CHECK = 3;
const LIMITS = { label: 120, text: 1000, cell: 60, bars: 200, series: 6, points: 1000, bins: 50, columns: 10, rows: 20, cells: 500 };

const cut = (value: unknown, limit: number): string => {
  const text = String(value);
  return text.length > limit ? `${text.slice(0, limit - 1)}…` : text;
};

/** A finite number to six significant digits (enough to see, and the same bits in every engine), else null. */
export const plotNumber = (value: unknown): PlotNumber =>
  typeof value === 'number' && Number.isFinite(value) ? Number(value.toPrecision(6)) : null;

const labelOf = (value: unknown) => cut(value, LIMITS.label);
const rulesOf = (rules: readonly PlotRule[] | undefined) =>
  rules
    ? {
        rules: rules
          .slice(0, 4)
          .flatMap((rule) => (plotNumber(rule.y) === null ? [] : [{ y: plotNumber(rule.y)!, label: labelOf(rule.label) }])),
      }
    : {};

/**
 * The plot as it goes into a result: numbers rounded (non-finite ones null), strings and
 * lists cut to size, so learner values in a plot can neither bloat a result nor break JSON.
 * Throws for a plot without a title or text alternative, or of an unknown kind: a bug in the
 * check, reported against checks.ts.
 */
export function normalisePlot(plot: Plot): Plot {
  if (typeof plot?.title !== 'string' || plot.title.trim() === '') throw new Error('a plot needs a title');
  if (typeof plot.text !== 'string' || plot.text.trim() === '') throw new Error(`the plot "${plot.title}" needs a text alternative`);
  const base = { title: labelOf(plot.title), text: cut(plot.text, LIMITS.text), ...(plot.announce ? { announce: true } : {}) };
  switch (plot.kind) {
    case 'bars':
      return {
        kind: 'bars',
        ...base,
        x_label: labelOf(plot.x_label),
        y_label: labelOf(plot.y_label),
        bars: plot.bars.slice(0, LIMITS.bars).map((bar) => ({
          x: typeof bar.x === 'number' ? (plotNumber(bar.x) ?? 0) : cut(bar.x, LIMITS.cell),
          y: plotNumber(bar.y),
          ...(bar.highlight ? { highlight: true } : {}),
        })),
        ...rulesOf(plot.rules),
      };
    case 'lines':
      return {
        kind: 'lines',
        ...base,
        x_label: labelOf(plot.x_label),
        y_label: labelOf(plot.y_label),
        series: plot.series.slice(0, LIMITS.series).map((series) => ({
          name: labelOf(series.name),
          style: series.style,
          points: thin(series.points, LIMITS.points).map(([x, y]) => [plotNumber(x), plotNumber(y)] as [PlotNumber, PlotNumber]),
        })),
        ...rulesOf(plot.rules),
      };
    case 'histograms':
      return {
        kind: 'histograms',
        ...base,
        x_label: labelOf(plot.x_label),
        y_label: labelOf(plot.y_label),
        bins: plot.bins.slice(0, LIMITS.bins).map((bin) => cut(bin, LIMITS.cell)),
        series: plot.series.slice(0, 2).map((series) => ({
          name: labelOf(series.name),
          values: series.values.slice(0, LIMITS.bins).map(plotNumber),
        })),
      };
    case 'table':
      return {
        kind: 'table',
        ...base,
        columns: plot.columns.slice(0, LIMITS.columns).map((column) => cut(column, LIMITS.cell)),
        rows: plot.rows.slice(0, LIMITS.rows).map((row) => ({
          cells: row.cells.slice(0, LIMITS.columns).map((cell) => cut(cell, LIMITS.cell)),
          ...(row.marked ? { marked: true } : {}),
        })),
        ...(plot.mark_label ? { mark_label: labelOf(plot.mark_label) } : {}),
      };
    case 'strip':
      return {
        kind: 'strip',
        ...base,
        x_label: labelOf(plot.x_label),
        groups: plot.groups.slice(0, 20).map(labelOf),
        cells: plot.cells
          .slice(0, LIMITS.cells)
          .map((cell) => (Number.isInteger(cell) && cell >= 0 && cell < plot.groups.length ? cell : -1)),
      };
    default:
      throw new Error(`unknown plot kind "${String((plot as { kind?: unknown }).kind)}"`);
  }
}

/** At most `limit` items, evenly spread over the list and keeping its last item. */
export function thin<T>(items: readonly T[], limit: number): T[] {
  if (items.length <= limit) return [...items];
  const stride = (items.length - 1) / (limit - 1);
  return Array.from({ length: limit }, (_, i) => items[Math.round(i * stride)]!);
}

/** A share as a percentage for a text alternative: 0.4312 → "43%". */
export const percent = (share: number): string => `${Math.round(share * 100)}%`;

/** A number for a text alternative, to `digits` significant digits: 0.123456 → "0.123". */
export const short = (value: number | null, digits = 3): string =>
  value === null ? 'not a number' : String(Number(value.toPrecision(digits)));

/** How many of `values` fall in each bin of right-closed `edges`: (−∞, e1], (e1, e2], …, (e_last, ∞); non-numbers are skipped. */
export function binCounts(values: readonly unknown[], edges: readonly number[]): number[] {
  const counts = new Array<number>(edges.length + 1).fill(0);
  for (const value of values) {
    if (typeof value !== 'number' || Number.isNaN(value)) continue;
    let bin = 0;
    while (bin < edges.length && value > edges[bin]!) bin += 1;
    counts[bin]! += 1;
  }
  return counts;
}

/** Labels for the bins of `edges` as binCounts counts them: "≤ 9.9", "(9.9, 19.8]", …, "> 89.1". */
export function binLabels(edges: readonly number[]): string[] {
  const at = (edge: number) => short(edge);
  if (edges.length === 0) return ['all'];
  return [`≤ ${at(edges[0]!)}`, ...edges.slice(1).map((edge, i) => `(${at(edges[i]!)}, ${at(edge)}]`), `> ${at(edges.at(-1)!)}`];
}
