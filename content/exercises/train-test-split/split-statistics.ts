import type { SplitDesign } from './split-designs.ts';

/** The statistics over the test sets (as row indices) of many runs; `patterns` in the design's order. */
export function splitStatistics(tests: readonly (readonly number[])[], design: SplitDesign) {
  const rowCount = design.rows;
  const inTest = new Array<number>(rowCount).fill(0);
  let neighbours = 0;
  const member = new Uint8Array(rowCount);
  for (const test of tests) {
    member.fill(0);
    for (const row of test) {
      member[row] = 1;
      inTest[row]! += 1;
    }
    for (let row = 0; row < rowCount; row += 1) if (member[row] && member[(row + 1) % rowCount]) neighbours += 1;
  }
  // Each pattern sum is Σ over rows of weight × times in test: the same as summing per run.
  const patterns = design.patterns.map(({ weights }) => inTest.reduce((sum, hits, row) => sum + hits * weights[row]!, 0));
  return { inTest, neighbours, patterns };
}

/** Each row with its count, the furthest from `expected` first. */
function byDistance(inTest: readonly number[], expected: number): { row: number; hits: number }[] {
  return inTest.map((hits, row) => ({ row, hits })).sort((a, b) => Math.abs(b.hits - expected) - Math.abs(a.hits - expected));
}

/**
 * What a failed statistic says, in the order a learner should read them: a block or stride
 * first (it says the most), then a single row outside its range (the most concrete), then
 * the biased shuffles' patterns. Each message says what was counted and what chance allows,
 * then the likely cause.
 */
export function describeBias(stats: ReturnType<typeof splitStatistics>, design: SplitDesign): string | undefined {
  const { runs, rows: rowCount, fraction, neighbours, singleRow } = design;
  const testSize = Math.ceil(fraction * rowCount);
  const pair = (testSize * (testSize - 1)) / (rowCount * (rowCount - 1));
  const expectedNeighbours = runs * rowCount * pair;
  const together = `rows next to each other in the input landed in test together ${stats.neighbours} times over ${runs} seeds, expected about ${Math.round(expectedNeighbours)} (each pair should be in test together with probability k(k−1)/(n(n−1)) = ${pair.toFixed(3)})`;
  const useFisherYates = 'use Fisher–Yates, j = floor(rng() * (i + 1))';
  if (stats.neighbours > neighbours.high) {
    // A block has k − 1 neighbour pairs in every run; a biased choice only leans that way.
    return stats.neighbours > (runs * (testSize - 1)) / 2
      ? `${together}: the test set is a contiguous block of the input, not a random sample`
      : `${together}: the split keeps neighbouring rows together more often than chance (for example by taking the next free row when a pick collides); ${useFisherYates}`;
  }
  if (stats.neighbours < neighbours.low) {
    return stats.neighbours < expectedNeighbours / 2
      ? `${together}: the test rows are spread out on purpose, like a stride sample (every k-th row), not a random sample`
      : `${together}: the test rows are spread out more than chance allows; ${useFisherYates}`;
  }
  const percent = (count: number) => `${((100 * count) / runs).toFixed(1)}%`;
  const range = `${percent(singleRow.low)}–${percent(singleRow.high)}`;
  const expected = runs * fraction;
  const outsideRows = byDistance(stats.inTest, expected).filter(({ hits }) => hits < singleRow.low || hits > singleRow.high);
  if (outsideRows.length > 0) {
    const { row, hits } = outsideRows[0]!;
    return (
      `row #${row} landed in test ${percent(hits)} of the time over ${runs} seeds, expected about ${fraction * 100}% (${range} by chance): ` +
      `the split favours some rows over others (a sort with a random comparator, or a j outside 0..i in Fisher–Yates, does this); ${useFisherYates}`
    );
  }
  const failed = design.patterns.findIndex(({ low, high }, index) => stats.patterns[index]! < low || stats.patterns[index]! > high);
  if (failed < 0) return undefined;
  const pattern = design.patterns[failed]!;
  const evidence =
    `over ${runs} seeds the rows furthest from ${fraction * 100}% were ${byDistance(stats.inTest, expected)
      .slice(0, 4)
      .map(({ row, hits }) => `#${row} at ${percent(hits)}`)
      .join(', ')}: each is inside ${range} on its own, ` +
    `but together they follow the pattern of a biased shuffle (weighted by that pattern they count ${stats.patterns[failed]}, chance allows ${pattern.low} to ${pattern.high})`;
  return pattern.shuffle === 'comparator-sort'
    ? `${evidence}, the one a sort with a random comparator leaves: sorting with () => rng() - 0.5 does not make every order equally likely; ${useFisherYates}`
    : `${evidence}, the one a swap with any position leaves: a row's chance depends on where it sits when each position is swapped with j = floor(rng() * n) instead of a j at or before it; ${useFisherYates}`;
}
