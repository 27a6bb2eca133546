/**
 * The statistical design of the `unbiased-shuffle` check, kept apart from the checks so
 * the numbers and their derivation sit together. Every threshold below was computed, not
 * tuned, by exact tail sums (script: .scratch/design.mjs, recomputable with plain Node):
 *
 * One batch of RUNS = 1300 calls, each splitting ROWS = 40 rows at testFraction 0.3, so
 * k = 12 test rows per call. For a correct split every 12-subset is equally likely, and
 * the runs are independent (one fresh rng seed each). Three statistics, from the same calls:
 *
 * 1. Neighbours (pairs): N = Σ over runs of #{i : rows i and i+1 (mod 40) both in test}.
 *    A correct split puts each pair in test with probability k(k−1)/(n(n−1)) = 0.0846, so
 *    E N = 1300 · 40 · 0.0846 = 4400. Per run N = k − (number of cyclic runs b), and
 *    #subsets with b runs = (n/b)·C(k−1, b−1)·C(n−k−1, b−1), an exact per-run law; its
 *    1300-fold convolution gives P(N < 4148) = 4.5e-8 and P(N > 4653) = 4.8e-8.
 *    A contiguous block (cyclic or not) has N = 11 per run = 14300; a stride sample (every
 *    3rd row) has N = 0: each fails with probability 1, not merely 1 − 1e-6.
 * 2. Front half: H = Σ over runs of #{test rows among rows 0–19}, per run hypergeometric
 *    (40, 20, 12), mean 6. Exact convolution: P(H < 7518) = P(H > 8082) = 4.7e-8.
 *    The naive swap (swap each i with j = floor(rng()·n)) has, from a Markov chain over one
 *    and two rows' positions, per-run mean 6.5475 and variance 2.1684 (|H − mean| ≤ 6.55), so
 *    by Bennett's inequality P(H ≤ 8082) ≤ exp(−(Rσ²/b²)·h(b·t/(Rσ²))) = 1.0e-11 (t = 429.7).
 * 3. Single rows: X_i ~ Binomial(1300, 0.3) exactly; outside [300, 485] with probability
 *    1.72e-8 per row (exact tails), 6.9e-7 for 40 rows by the union bound. A comparator
 *    sort (`sort(() => rng() − 0.5)`, V8's binary insertion, exact law by a Markov chain
 *    checked against exhaustive enumeration) puts row #0 in test with probability 0.4413:
 *    inside [300, 485] with probability 3.5e-7 (exact binomial): 1300 runs is what it takes
 *    for single rows alone to catch it below 1e-6 (1000 runs left it at 1.1e-4).
 *
 * A correct solution fails with probability at most 6.9e-7 + 9.3e-8 + 9.3e-8 = 8.7e-7
 * (union bound), at any seed.
 */

/** One statistical design: calls in the batch, rows per call, the test fraction, and the acceptance intervals (inclusive). */
export interface SplitDesign {
  runs: number;
  rows: number;
  fraction: number;
  neighbours: { low: number; high: number };
  frontHalf: { low: number; high: number };
  singleRow: { low: number; high: number };
}

/** The visible check's design: n = 40, k = 12, derived above. */
export const DESIGN_40: SplitDesign = {
  runs: 1300,
  rows: 40,
  fraction: 0.3,
  neighbours: { low: 4148, high: 4653 },
  frontHalf: { low: 7518, high: 8082 },
  singleRow: { low: 300, high: 485 },
};

/**
 * The hidden check's design (instructors only, `grade --hidden`): n = 30, k = 9, the same
 * derivation (node .scratch/design.mjs 30 9 1300). A correct split fails with probability
 * at most 7.1e-7; the naive swap passes with at most 1.4e-7; block and stride never. It
 * exists for a submission fitted to the visible check's n = 40 (a split that is fair only
 * for 40 rows), which no check the browser ships can stop, since learners can read them.
 */
export const DESIGN_30: SplitDesign = {
  runs: 1300,
  rows: 30,
  fraction: 0.3,
  neighbours: { low: 3011, high: 3446 },
  frontHalf: { low: 5605, high: 6095 },
  singleRow: { low: 300, high: 485 },
};

/** The three statistics over the test sets (as row indices) of many runs. */
export function splitStatistics(tests: readonly (readonly number[])[], rowCount: number) {
  const inTest = new Array<number>(rowCount).fill(0);
  let neighbours = 0;
  let frontHalf = 0;
  let testRows = 0;
  const member = new Uint8Array(rowCount);
  for (const test of tests) {
    member.fill(0);
    for (const row of test) {
      member[row] = 1;
      inTest[row]! += 1;
      if (row < rowCount / 2) frontHalf += 1;
    }
    testRows += test.length;
    for (let row = 0; row < rowCount; row += 1) if (member[row] && member[(row + 1) % rowCount]) neighbours += 1;
  }
  return { inTest, neighbours, frontHalf, testRows };
}

/** What a failed statistic says, in the order a learner should read them (pattern first). */
export function describeBias(stats: ReturnType<typeof splitStatistics>, design: SplitDesign): string | undefined {
  const { runs, rows: rowCount, fraction: FRACTION, neighbours: NEIGHBOURS, frontHalf: FRONT_HALF, singleRow: SINGLE_ROW } = design;
  const testSize = Math.ceil(FRACTION * rowCount);
  const pair = (testSize * (testSize - 1)) / (rowCount * (rowCount - 1));
  const expectedNeighbours = Math.round(runs * rowCount * pair);
  const together = `rows next to each other in the input landed in test together ${stats.neighbours} times over ${runs} seeds, expected about ${expectedNeighbours} (each pair should be in test together with probability k(k−1)/(n(n−1)) = ${pair.toFixed(3)})`;
  if (stats.neighbours > NEIGHBOURS.high) return `${together}: the test set is a contiguous block of the input, not a random sample`;
  if (stats.neighbours < NEIGHBOURS.low)
    return `${together}: the test rows are spread out on purpose, like a stride sample (every k-th row), not a random sample`;
  if (stats.frontHalf < FRONT_HALF.low || stats.frontHalf > FRONT_HALF.high) {
    const share = (100 * stats.frontHalf) / stats.testRows;
    return (
      `${share.toFixed(1)}% of the test rows over ${runs} seeds came from the first half of the input, expected 50% (${((100 * FRONT_HALF.low) / stats.testRows).toFixed(1)}–${((100 * FRONT_HALF.high) / stats.testRows).toFixed(1)}% by chance): ` +
      'a row’s chance depends on where it sits, as with the naive swap shuffle (swapping each position with any position j = floor(rng() * n)) or a sort with a random comparator; use Fisher–Yates, j = floor(rng() * (i + 1))'
    );
  }
  const worst = stats.inTest
    .map((hits, row) => ({ row, hits }))
    .sort((a, b) => Math.abs(b.hits - runs * FRACTION) - Math.abs(a.hits - runs * FRACTION))[0]!;
  if (worst.hits < SINGLE_ROW.low || worst.hits > SINGLE_ROW.high) {
    return (
      `row #${worst.row} landed in test ${((100 * worst.hits) / runs).toFixed(1)}% of the time over ${runs} seeds, expected about ${FRACTION * 100}% ` +
      `(${((100 * SINGLE_ROW.low) / runs).toFixed(1)}–${((100 * SINGLE_ROW.high) / runs).toFixed(1)}% by chance): the shuffle is biased (sorting with a comparator like () => rng() - 0.5 does not make every order equally likely; use Fisher–Yates)`
    );
  }
  return undefined;
}
