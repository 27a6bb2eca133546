import { describe, expect, it } from 'vitest';
import type { Plot } from '../../grading/plot.ts';
import type { GradeResult } from '../../grading/result.ts';
import { liveSummary, plotDescription, plotLabel, plotsOf } from './plot-text.ts';

const bars: Plot = {
  kind: 'bars',
  title: 'How often each of 40 rows landed in test over 1300 seeds',
  text: 'Each row should land in test about 30% of the time; 1 row is outside 23%–37% (#0 at 44%).',
  announce: true,
  x_label: 'row',
  y_label: 'share',
  bars: [{ x: 0, y: 0.44, highlight: true }],
  rules: [{ y: 0.3, label: 'expected 30%' }],
};
const table: Plot = {
  kind: 'table',
  title: 'The first 3 of 14 rows, scored',
  text: '2 of 14 rows have no usable x and get the fallback 312.5.',
  columns: ['row', 'x'],
  rows: [{ cells: ['0', '1.5'] }, { cells: ['1', 'NaN'], marked: true }, { cells: ['2', 'null'], marked: true }],
  mark_label: 'fallback row',
};
const result = (plots: Plot[][]): GradeResult => ({
  version: 1,
  exercise: 'x',
  file: 'x.ts',
  status: 'fail',
  tests: plots.map((list, i) => ({ id: `c${i}`, name: `check ${i}`, status: 'pass', hidden: false, duration_ms: 0, plots: list })),
  seed: 1,
  backend: 'cpu',
  duration_ms: 0,
  grader_version: '0.1.0',
});

describe('the words around a plot', () => {
  it('names the figure by kind and title', () => {
    expect(plotLabel(bars)).toBe('Chart: How often each of 40 rows landed in test over 1300 seeds');
    expect(plotLabel(table)).toBe('Table: The first 3 of 14 rows, scored');
  });

  it("describes it with the grader's text alternative, adding which rows a table marks", () => {
    expect(plotDescription(bars)).toBe(bars.text);
    expect(plotDescription(table)).toBe(`${table.text} Marked as fallback row: rows 1, 2.`);
  });

  it('adds to the live summary only the plots that change the story', () => {
    const quiet = { ...table, announce: false };
    const both = result([[bars], [quiet]]);
    expect(plotsOf(both).map(({ check }) => check)).toEqual(['c0', 'c1']);
    expect(liveSummary('7 of 9 checks passed.', both)).toBe(`7 of 9 checks passed. ${bars.title}: ${bars.text}`);
    expect(liveSummary('All 9 checks passed.', result([[quiet]]))).toBe('All 9 checks passed.');
  });
});
