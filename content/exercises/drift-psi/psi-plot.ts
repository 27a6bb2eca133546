import { binCounts, binLabels, percent, short, type HistogramsPlot } from '../../../src/grading/plot.ts';
import { quantileEdges } from './psi-data.ts';

/** Reference and current shares on the reference's quantile bins (the bins the learner was asked to use), with both PSIs in the text. */
export function psiPlot(
  reference: readonly number[],
  current: readonly number[],
  bins: number,
  actual: number,
  expected: number,
): HistogramsPlot {
  const edges = quantileEdges(reference, bins);
  const share = (values: readonly number[]) => binCounts(values, edges).map((count) => count / values.length);
  const [r, c] = [share(reference), share(current)];
  const moved = c.map((value, bin) => ({ bin, gap: value - r[bin]! })).sort((a, b) => Math.abs(b.gap) - Math.abs(a.gap))[0]!;
  const labels = binLabels(edges);
  return {
    kind: 'histograms',
    title: `Reference and current shares in ${bins} quantile bins of the reference`,
    text:
      `${reference.length} reference values fill each bin with about ${percent(1 / bins)}; the ${current.length} current values range from ` +
      `${percent(Math.min(...c))} to ${percent(Math.max(...c))} per bin, most apart in bin ${labels[moved.bin]} (${percent(r[moved.bin]!)} vs ${percent(c[moved.bin]!)}). ` +
      `PSI ${short(expected, 4)}; your function returned ${short(actual, 4)}.`,
    x_label: 'bin',
    y_label: 'share of values',
    bins: labels,
    series: [
      { name: 'reference', values: r },
      { name: 'current', values: c },
    ],
  };
}
