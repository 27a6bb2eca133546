import { describe, expect, it } from 'vitest';
import { DESIGN_40 } from './split-designs.ts';
import { describeBias, splitStatistics } from './split-statistics.ts';

/** Statistics as splitStatistics returns them, from per-row counts (neighbours at their expectation unless given). */
function statsOf(inTest: number[], neighbours = 2369) {
  const patterns = DESIGN_40.patterns.map(({ weights }) => inTest.reduce((sum, hits, row) => sum + hits * weights[row]!, 0));
  return { inTest, neighbours, patterns };
}

describe('describeBias', () => {
  it('passes rows that all sit at the expected share', () => {
    expect(describeBias(statsOf(new Array(40).fill(210)), DESIGN_40)).toBeUndefined();
  });

  it('names a row below its range even when another row is further from 30% inside the range', () => {
    // 142 is 68 below 210, 281 is 71 above it: the interval is not symmetric.
    const inTest = new Array(40).fill(210);
    inTest[5] = 142;
    inTest[6] = 281;
    expect(describeBias(statsOf(inTest), DESIGN_40)).toMatch(/^row #5 landed in test 20\.3% of the time/);
  });

  it("names the comparator sort's pattern with the rows furthest from 30% when every row is inside its range", () => {
    const inTest = new Array(40).fill(210);
    for (const row of [0, 1, 3, 7]) inTest[row] = 270;
    for (const row of [20, 24, 28, 36, 37, 38]) inTest[row] = 170;
    const message = describeBias(statsOf(inTest), DESIGN_40);
    expect(message).toMatch(/the rows furthest from 30% were #0 at 38\.6%, #1 at 38\.6%, #3 at 38\.6%, #7 at 38\.6%/);
    expect(message).toMatch(/the one a sort with a random comparator leaves/);
  });

  it('tells a block from a shuffle that only keeps neighbours together too often', () => {
    expect(describeBias(statsOf(new Array(40).fill(210), 7700), DESIGN_40)).toMatch(/contiguous block/);
    expect(describeBias(statsOf(new Array(40).fill(210), 2600), DESIGN_40)).toMatch(
      /keeps neighbouring rows together more often than chance/,
    );
  });
});

describe('splitStatistics', () => {
  it('counts cyclic neighbours, rows and each pattern from the test sets', () => {
    const stats = splitStatistics(
      [
        [0, 1, 39],
        [2, 5],
      ],
      DESIGN_40,
    );
    expect(stats.neighbours).toBe(2); // 0–1 and 39–0
    expect(stats.inTest.slice(0, 6)).toEqual([1, 1, 1, 0, 0, 1]);
    const [sortFront] = DESIGN_40.patterns;
    expect(stats.patterns[0]).toBe([0, 1, 39, 2, 5].reduce((sum, row) => sum + sortFront!.weights[row]!, 0));
  });
});
