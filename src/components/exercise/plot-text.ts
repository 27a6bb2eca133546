import type { Plot } from '../../grading/plot.ts';
import type { GradeResult } from '../../grading/result.ts';

/**
 * The words around a drawn plot: its accessible name, the description a screen reader reads
 * (the grader's text alternative, with what a table marks), and what the live region adds to
 * the verdict's summary. Kept apart from the drawing so it is tested without a browser.
 */

/** A plot of a result with the check it belongs to. */
export interface PlacedPlot {
  check: string;
  checkName: string;
  plot: Plot;
}

/** Every plot of a result, in check order. */
export const plotsOf = (result: GradeResult): PlacedPlot[] =>
  result.tests.flatMap((test) => (test.plots ?? []).map((plot) => ({ check: test.id, checkName: test.name, plot })));

/** The figure's accessible name: what kind of figure, and its title. */
export function plotLabel(plot: Plot): string {
  const kind = plot.kind === 'table' ? 'Table' : plot.kind === 'histograms' ? 'Histograms' : plot.kind === 'strip' ? 'Strip' : 'Chart';
  return `${kind}: ${plot.title}`;
}

/** The figure's description: the text alternative, plus what marked rows are where a table marks some. */
export function plotDescription(plot: Plot): string {
  if (plot.kind === 'table' && plot.mark_label) {
    const marked = plot.rows.flatMap((row, index) => (row.marked ? [index] : []));
    if (marked.length > 0) return `${plot.text} Marked as ${plot.mark_label}: row${marked.length === 1 ? '' : 's'} ${marked.join(', ')}.`;
  }
  return plot.text;
}

/**
 * What the live region says after a Run: the summary, then the text of every plot that
 * changes the verdict's story (`announce`), so a screen-reader user hears it without
 * looking for the figure.
 */
export function liveSummary(summary: string, result: GradeResult): string {
  const told = plotsOf(result)
    .filter(({ plot }) => plot.announce)
    .map(({ plot }) => `${plot.title}: ${plot.text}`);
  return [summary, ...told].join(' ');
}
