import type { BarsPlot, StripPlot } from '../../../src/grading/plot.ts';
import { percent } from '../../../src/grading/plot.ts';
import type { SplitDesign } from './split-designs.ts';

/**
 * The train-test-split plots: how often each row landed in test over a design's seeds (a
 * biased shuffle shows as bars away from the expected line), and one seed's split.
 */

/** One bar per row: its share of the runs in test, the expected share as a line, rows outside the acceptance interval highlighted. */
export function rowSharesPlot(inTest: readonly number[], design: SplitDesign): BarsPlot {
  const { runs, fraction, singleRow } = design;
  const shares = inTest.map((hits) => hits / runs);
  const outside = inTest.flatMap((hits, row) => (hits < singleRow.low || hits > singleRow.high ? [row] : []));
  const lowest = shares.indexOf(Math.min(...shares));
  const highest = shares.indexOf(Math.max(...shares));
  const range = `${percent(singleRow.low / runs)}–${percent(singleRow.high / runs)}`;
  const verdict =
    outside.length === 0
      ? `every row is within ${range}, as chance allows`
      : `${outside.length} row${outside.length === 1 ? ' is' : 's are'} outside ${range} (${outside
          .slice(0, 5)
          .map((row) => `#${row} at ${percent(shares[row]!)}`)
          .join(', ')}${outside.length > 5 ? ', …' : ''})`;
  return {
    kind: 'bars',
    title: `How often each of ${design.rows} rows landed in test over ${runs} seeds`,
    text:
      `Each row should land in test about ${percent(fraction)} of the time. Lowest: row #${lowest} at ${percent(shares[lowest]!)}; ` +
      `highest: row #${highest} at ${percent(shares[highest]!)}; ${verdict}.`,
    announce: outside.length > 0,
    x_label: 'row',
    y_label: 'share of seeds in test',
    bars: shares.map((y, x) => ({ x, y, ...(outside.includes(x) ? { highlight: true } : {}) })),
    rules: [{ y: fraction, label: `expected ${percent(fraction)}` }],
  };
}

/** One seed's split: each row coloured by the side it landed on. */
export function oneSplitPlot(split: { train: readonly number[]; test: readonly number[] }, rowCount: number, fraction: number): StripPlot {
  const cells = new Array<number>(rowCount).fill(-1);
  split.train.forEach((row) => (cells[row] = 0));
  split.test.forEach((row) => (cells[row] = 1));
  const test = [...split.test].sort((a, b) => a - b);
  return {
    kind: 'strip',
    title: `One seed's split of ${rowCount} rows at testFraction ${fraction}`,
    text: `Test holds rows ${test.map((row) => `#${row}`).join(', ')} (${test.length} rows); train holds the other ${split.train.length}.`,
    x_label: 'row',
    groups: ['train', 'test'],
    cells,
  };
}
