/**
 * The statistical design of the `unbiased-shuffle` check. Every number below is derived, not
 * tuned, by design/derive-split-design.ts, and design/split-design.test.ts recomputes it on
 * every `npm test`: a committed design that differs from the derivation, or an error
 * probability at or over its limit, fails the suite.
 *
 * One batch of RUNS = 700 calls, each splitting ROWS = 40 rows at testFraction 0.3, so
 * k = 12 test rows per call, one fresh rng seed each. For a correct split every 12-subset is
 * equally likely, independently per run, so each statistic below is a sum of 700 i.i.d.
 * per-run integers with an exact law; its 700-fold convolution gives exact tails
 * (design/exact-tails.ts). From the same calls:
 *
 * 1. Neighbours: N = Σ #{i : rows i and i+1 (mod 40) both in test}; per run N = k − (number
 *    of cyclic runs of test rows), an exact law. Accept [2185, 2555] (mean 2369.2). A block
 *    or head/tail slice has N = 11 per run (7700), a stride sample N = 0: each fails always.
 * 2. Three pattern statistics, S = Σ over runs of Σ_{i ∈ test} w_i, one per wrong shuffle
 *    certified: `sort(() => rng() - 0.5)` with the test set taken from the front
 *    (`slice(0, k)`) and from the end (`slice(n - k)`), and the naive swap (swap each i with
 *    j = floor(rng() · n)) from the front. w_i is that shuffle's excess in-test share of row
 *    i, scaled to ±10 and rounded, from its exact law (a Markov chain over one or two rows'
 *    positions, design/shuffle-laws.ts; V8's sort of under 64 elements is one run, then
 *    binary insertion, here with coin-flip comparisons). Accept [-1059, 1081], [-623, 1443]
 *    and [-2306, 2300]. Each shuffle's own S has per-run mean, variance and range from its
 *    exact single-row and pair laws, so by Bennett's inequality it passes with probability
 *    at most 1.5e-9, 1.0e-9 and 2.7e-7 respectively.
 * 3. Single rows: X_i ~ Binomial(700, 0.3); accept [143, 281] per row.
 *
 * Each of statistics 1–2 has at most 5e-8 outside each end under a correct split, each row
 * at most 6e-9: a correct split fails with probability at most 7.4e-7 (union bound), at any
 * seed. The old design (1300 runs: neighbours, front half, single rows) needed nearly twice
 * the calls, because single rows alone had to catch the comparator sort; weighing every row
 * by the pattern a wrong shuffle leaves catches it with about half the runs. The naive swap
 * with the test set from the end is not certified (by neither design): its bias is spread
 * thin, rows at 28–36% against 30%, and would take about 1,200 runs.
 */

/** The inclusive acceptance interval of one statistic. */
export interface Interval {
  low: number;
  high: number;
}

/**
 * A linear statistic: the sum over runs of the test rows' integer weights, accepted inside
 * [low, high]. The weights are the pattern `shuffle` leaves when a split takes its test set
 * from `end` of the shuffled rows.
 */
export interface PatternStatistic extends Interval {
  shuffle: 'comparator-sort' | 'naive-swap';
  end: 'front' | 'back';
  weights: number[];
}

/** One statistical design: calls in the batch, rows per call, the test fraction, and the statistics' intervals. */
export interface SplitDesign {
  runs: number;
  rows: number;
  fraction: number;
  neighbours: Interval;
  patterns: PatternStatistic[];
  singleRow: Interval;
}

/** The visible check's design: n = 40, k = 12, 700 runs (derived above). */
export const DESIGN_40: SplitDesign = {
  runs: 700,
  rows: 40,
  fraction: 0.3,
  neighbours: { low: 2185, high: 2555 },
  patterns: [
    {
      shuffle: 'comparator-sort',
      end: 'front',
      weights: [
        10, 7, 2, 6, -1, 1, 1, 4, -2, 0, -1, 1, -2, -1, 0, 2, -2, 0, -1, 0, -2, -2, -1, 0, -2, -1, -1, 0, -2, -1, 0, 0, -1, -1, -2, -1, -2,
        -2, -2, -1,
      ],
      low: -1059,
      high: 1081,
    },
    {
      shuffle: 'comparator-sort',
      end: 'back',
      weights: [
        -4, -10, -4, -6, -1, -1, 2, -3, -1, 0, 3, -1, 1, 0, 2, -2, 0, 1, 2, 0, 1, 1, 2, 0, 1, 2, 3, 1, 2, 1, 1, 0, 0, 1, 2, 0, 1, 2, 2, 1,
      ],
      low: -623,
      high: 1443,
    },
    {
      shuffle: 'naive-swap',
      end: 'front',
      weights: [
        0, 1, 2, 2, 3, 4, 5, 5, 6, 7, 7, 8, 8, 8, 7, 6, 5, 4, 3, 2, 2, 1, 0, -1, -1, -2, -3, -3, -4, -5, -5, -6, -6, -7, -7, -8, -9, -9,
        -10, -10,
      ],
      low: -2306,
      high: 2300,
    },
  ],
  singleRow: { low: 143, high: 281 },
};

/**
 * The hidden check's design (instructors only, `grade --hidden`): n = 30, k = 9, 900 runs,
 * the same derivation. A correct split fails with probability at most 7.0e-7; the comparator
 * sort passes with at most 1.1e-12 (front) and 1.4e-13 (end), the naive swap with at most
 * 3.7e-7 (its pattern is weaker at 30 rows, hence more runs); block and stride never. It exists for a submission
 * fitted to the visible check's n = 40 (a split that is fair only for 40 rows), which no
 * check the browser ships can stop, since learners can read them.
 */
export const DESIGN_30: SplitDesign = {
  runs: 900,
  rows: 30,
  fraction: 0.3,
  neighbours: { low: 2054, high: 2416 },
  patterns: [
    {
      shuffle: 'comparator-sort',
      end: 'front',
      weights: [10, 6, 2, 6, -2, 1, 1, 4, -3, 0, -1, 0, -3, -1, 0, 1, -2, -1, -2, -1, -3, -2, -1, 0, -3, -2, -1, 0, -2, -1],
      low: -1195,
      high: 1215,
    },
    {
      shuffle: 'comparator-sort',
      end: 'back',
      weights: [-4, -10, -4, -6, -1, -1, 2, -3, -1, 1, 3, -1, 1, 0, 2, -1, 0, 1, 3, 0, 1, 1, 2, 0, 1, 2, 3, 1, 2, 1],
      low: -2503,
      high: -215,
    },
    {
      shuffle: 'naive-swap',
      end: 'front',
      weights: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 7, 6, 5, 4, 3, 2, 1, 0, -1, -2, -3, -4, -5, -6, -6, -7, -8, -9, -9, -10],
      low: -1460,
      high: 3074,
    },
  ],
  singleRow: { low: 194, high: 350 },
};

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

/** Some rows' shares of the runs in test, as a learner reads them: "#0 at 44.1%, #1 at 39.3%". */
function shares(rows: readonly number[], inTest: readonly number[], runs: number): string {
  return rows.map((row) => `#${row} at ${((100 * inTest[row]!) / runs).toFixed(1)}%`).join(', ');
}

/**
 * What a failed statistic says, in the order a learner should read them: a block or stride
 * first (it says the most), then the biased shuffles' patterns, then single rows.
 * Each message says what was counted and what chance allows, then the likely cause.
 */
export function describeBias(stats: ReturnType<typeof splitStatistics>, design: SplitDesign): string | undefined {
  const { runs, rows: rowCount, fraction, neighbours, singleRow } = design;
  const testSize = Math.ceil(fraction * rowCount);
  const pair = (testSize * (testSize - 1)) / (rowCount * (rowCount - 1));
  const expectedNeighbours = runs * rowCount * pair;
  const together = `rows next to each other in the input landed in test together ${stats.neighbours} times over ${runs} seeds, expected about ${Math.round(expectedNeighbours)} (each pair should be in test together with probability k(k−1)/(n(n−1)) = ${pair.toFixed(3)})`;
  const useFisherYates = 'use Fisher–Yates, j = floor(rng() * (i + 1))';
  if (stats.neighbours > neighbours.high) {
    // A block has k − 1 neighbour pairs in every run; a biased shuffle only leans that way.
    return stats.neighbours > (runs * (testSize - 1)) / 2
      ? `${together}: the test set is a contiguous block of the input, not a random sample`
      : `${together}: the shuffle keeps neighbouring rows together more often than chance, as sorting with a random comparator (() => rng() - 0.5) does; ${useFisherYates}`;
  }
  if (stats.neighbours < neighbours.low) {
    return stats.neighbours < expectedNeighbours / 2
      ? `${together}: the test rows are spread out on purpose, like a stride sample (every k-th row), not a random sample`
      : `${together}: the test rows are spread out more than chance allows; ${useFisherYates}`;
  }
  const outside = ({ low, high }: Interval, value: number) => value < low || value > high;
  const failed = design.patterns.findIndex((pattern, index) => outside(pattern, stats.patterns[index]!));
  if (failed >= 0) {
    const pattern = design.patterns[failed]!;
    const count = `the pattern's weighted count is ${stats.patterns[failed]}, chance allows ${pattern.low} to ${pattern.high}`;
    if (pattern.shuffle === 'comparator-sort') {
      const marked = pattern.weights.flatMap((weight, row) => (Math.abs(weight) >= 4 ? [row] : []));
      return (
        `over ${runs} seeds the rows landed in test in the pattern a sort with a random comparator leaves: rows ${shares(marked, stats.inTest, runs)}, where each should be near ${fraction * 100}% (${count}): ` +
        `sorting with a comparator like () => rng() - 0.5 does not make every order equally likely; ${useFisherYates}`
      );
    }
    const half = Math.floor(rowCount / 2);
    const frontHits = stats.inTest.slice(0, half).reduce((sum, hits) => sum + hits, 0);
    const frontShare = (100 * frontHits) / (runs * testSize);
    return (
      `over ${runs} seeds a row's chance of landing in test depended on where it sits: ${frontShare.toFixed(1)}% of the test rows came from the first half of the input, expected ${((100 * half) / rowCount).toFixed(0)}% (${count}), ` +
      `as with the naive swap shuffle (swapping each position with any position j = floor(rng() * n)); ${useFisherYates}`
    );
  }
  const expected = runs * fraction;
  const worst = stats.inTest
    .map((hits, row) => ({ row, hits }))
    .sort((a, b) => Math.abs(b.hits - expected) - Math.abs(a.hits - expected))[0]!;
  if (outside(singleRow, worst.hits)) {
    return (
      `row #${worst.row} landed in test ${((100 * worst.hits) / runs).toFixed(1)}% of the time over ${runs} seeds, expected about ${fraction * 100}% ` +
      `(${((100 * singleRow.low) / runs).toFixed(1)}–${((100 * singleRow.high) / runs).toFixed(1)}% by chance): the shuffle is biased; ${useFisherYates}`
    );
  }
  return undefined;
}
