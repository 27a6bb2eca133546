import { describe, expect, it } from 'vitest';
import { binCounts, binLabels, normalisePlot, thin, type Plot } from './plot.ts';

describe('plot data as a result carries it', () => {
  it('rounds numbers, turns non-finite ones into null and cuts long strings', () => {
    const plot = normalisePlot({
      kind: 'lines',
      title: 'Your line',
      text: 'slope 2',
      x_label: 'x',
      y_label: 'y',
      series: [
        {
          name: 'x'.repeat(500),
          style: 'points',
          points: [
            [1 / 3, Number.NaN],
            [2, Number.POSITIVE_INFINITY],
          ],
        },
      ],
    });
    if (plot.kind !== 'lines') throw new Error('lines expected');
    expect(plot.series[0]!.points).toEqual([
      [0.333333, null],
      [2, null],
    ]);
    expect(plot.series[0]!.name.length).toBe(120);
    expect(JSON.parse(JSON.stringify(plot))).toEqual(plot);
  });

  it('caps what learner values could make huge', () => {
    const plot = normalisePlot({
      kind: 'table',
      title: 'rows',
      text: '3 rows',
      columns: ['a'],
      rows: Array.from({ length: 500 }, () => ({ cells: ['y'.repeat(10_000)] })),
    });
    expect(plot.kind === 'table' && plot.rows.length === 20 && plot.rows[0]!.cells[0]!.length === 60).toBe(true);
  });

  it('refuses a plot without a text alternative or of an unknown kind: a bug in the check', () => {
    expect(() => normalisePlot({ kind: 'strip', title: 'folds', text: ' ', x_label: 'i', groups: [], cells: [] })).toThrow(
      /text alternative/,
    );
    expect(() => normalisePlot({ kind: 'pie', title: 't', text: 'x' } as unknown as Plot)).toThrow(/unknown plot kind "pie"/);
  });

  it('bins right-closed, as PSI does, and labels the bins', () => {
    expect(binCounts([1, 2, 2.5, 3, 10, Number.NaN, null], [2, 3])).toEqual([2, 2, 1]);
    expect(binLabels([2, 3])).toEqual(['≤ 2', '(2, 3]', '> 3']);
  });

  it('thins a long series evenly, keeping both ends', () => {
    expect(thin([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 3)).toEqual([0, 5, 10]);
  });
});
