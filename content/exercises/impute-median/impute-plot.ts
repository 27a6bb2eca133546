import { binCounts, binLabels, short, type HistogramsPlot } from '../../../src/grading/plot.ts';

type Cell = number | null;

/**
 * Train before and after the learner's filling, on equal-width bins over train's present
 * values: the filled gaps pile up in the bin of the median they were filled with.
 */
export function imputePlot(train: readonly Cell[], filled: readonly unknown[], median: unknown, expected: number): HistogramsPlot {
  const present = train.filter((value): value is number => value !== null && !Number.isNaN(value));
  const low = Math.min(...present);
  const high = Math.max(...present);
  const bins = 6;
  const edges = Array.from({ length: bins - 1 }, (_, i) => low + ((high - low) * (i + 1)) / bins);
  const before = binCounts(present, edges);
  const after = binCounts(filled, edges);
  const gaps = train.length - present.length;
  const yours = typeof median === 'number' ? short(median, 6) : 'no number';
  return {
    kind: 'histograms',
    title: `Train's ${present.length} present values, and train after your filling`,
    text:
      `Train has ${present.length} present values from ${short(low)} to ${short(high)} and ${gaps} gaps. Its median is ${short(expected, 6)}; ` +
      `you filled with ${yours}. Counts per bin before: ${before.join(', ')}; after your filling: ${after.join(', ')}.`,
    x_label: 'value',
    y_label: 'count',
    bins: binLabels(edges),
    series: [
      { name: 'present values', values: before },
      { name: 'after filling', values: after },
    ],
  };
}
