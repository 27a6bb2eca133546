import * as Plot from '@observablehq/plot';
import type { BarsPlot, HistogramsPlot, LinesPlot, PlotRule, StripPlot } from '../../grading/plot.ts';

/**
 * Observable Plot options for each SVG plot kind. Colours are the page's own (Starlight's
 * CSS variables, read when drawing), so a plot matches the light or dark theme it is drawn in.
 */

/** The page's colours as drawn now: text, a quiet grey, and a palette for series. */
export interface Palette {
  text: string;
  grey: string;
  highlight: string;
  series: string[];
}

const rulesMarks = (rules: readonly PlotRule[] | undefined, palette: Palette) =>
  rules && rules.length > 0
    ? [
        Plot.ruleY(rules, { y: 'y', stroke: palette.highlight, strokeDasharray: '4 3', strokeWidth: 1.5 }),
        Plot.text(rules, { y: 'y', text: 'label', frameAnchor: 'right', dy: -6, fill: palette.text }),
      ]
    : [];

const base = (palette: Palette, width: number) => ({
  width,
  height: 260,
  marginLeft: 56,
  style: { color: palette.text, background: 'transparent', fontSize: '12px', overflow: 'visible' },
});

/** Bars, highlighted ones in the highlight colour, with any reference lines. */
export function barsOptions(plot: BarsPlot, palette: Palette, width: number): Plot.PlotOptions {
  const every = Math.max(1, Math.ceil(plot.bars.length / 20));
  return {
    ...base(palette, width),
    x: { type: 'band', label: plot.x_label, tickFormat: (value: unknown, i: number) => (i % every === 0 ? String(value) : '') },
    y: { label: plot.y_label, grid: true, zero: true },
    marks: [
      Plot.barY(
        plot.bars.filter((bar) => bar.y !== null),
        { x: 'x', y: 'y', fill: (bar: { highlight?: boolean }) => (bar.highlight ? palette.highlight : palette.series[0]) },
      ),
      ...rulesMarks(plot.rules, palette),
    ],
  };
}

/** Points, lines and step lines, one colour per series, with a legend and any reference lines. */
export function linesOptions(plot: LinesPlot, palette: Palette, width: number): Plot.PlotOptions {
  const names = plot.series.map((series) => series.name);
  const marks = plot.series.map((series) => {
    const points = series.points.filter(([x, y]) => x !== null && y !== null).map(([x, y]) => ({ x, y, series: series.name }));
    if (series.style === 'points') return Plot.dot(points, { x: 'x', y: 'y', stroke: 'series', r: 2.5 });
    return Plot.line(points, {
      x: 'x',
      y: 'y',
      stroke: 'series',
      strokeWidth: 2,
      curve: series.style === 'step' ? 'step-after' : 'linear',
    });
  });
  return {
    ...base(palette, width),
    x: { label: plot.x_label },
    y: { label: plot.y_label, grid: true },
    color: { domain: names, range: palette.series, legend: true },
    marks: [...marks, ...rulesMarks(plot.rules, palette)],
  };
}

/** Two histograms on the same bins, side by side within each bin. */
export function histogramsOptions(plot: HistogramsPlot, palette: Palette, width: number): Plot.PlotOptions {
  const data = plot.series.flatMap((series) => series.values.map((value, bin) => ({ bin: plot.bins[bin]!, series: series.name, value })));
  return {
    ...base(palette, width),
    marginBottom: 56,
    fx: { label: plot.x_label, domain: plot.bins, tickRotate: -30, padding: 0.15 },
    x: { axis: null, domain: plot.series.map((series) => series.name) },
    y: { label: plot.y_label, grid: true, zero: true },
    color: { domain: plot.series.map((series) => series.name), range: palette.series, legend: true },
    marks: [
      Plot.barY(
        data.filter((item) => item.value !== null),
        { fx: 'bin', x: 'series', y: 'value', fill: 'series' },
      ),
    ],
  };
}

/** One cell per index, coloured by its group. */
export function stripOptions(plot: StripPlot, palette: Palette, width: number): Plot.PlotOptions {
  const cells = plot.cells.map((group, index) => ({ index, group: group >= 0 ? plot.groups[group]! : 'none' }));
  const domain = cells.some((cell) => cell.group === 'none') ? [...plot.groups, 'none'] : plot.groups;
  const every = Math.max(1, Math.ceil(cells.length / 20));
  return {
    ...base(palette, width),
    height: 90,
    marginLeft: 20,
    x: { type: 'band', label: plot.x_label, tickFormat: (value: unknown, i: number) => (i % every === 0 ? String(value) : '') },
    color: { domain, range: [...palette.series.slice(0, plot.groups.length), palette.grey], legend: true },
    marks: [Plot.cell(cells, { x: 'index', fill: 'group', inset: 0.5 })],
  };
}
