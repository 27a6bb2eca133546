/**
 * The statistical designs of the `unbiased-shuffle` check (the statistics and their messages
 * are in split-statistics.ts). Every number below is derived, not tuned, by
 * design/derive-split-design.ts, and design/split-design.test.ts recomputes it on every
 * `npm test`: a committed design that differs from the derivation, or an error probability at
 * or over its limit, fails the suite.
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
 * 2. Four pattern statistics, S = Σ over runs of Σ_{i ∈ test} w_i, one per wrong shuffle
 *    certified (design/derive-split-design.ts, CERTIFIED): `sort(() => rng() - 0.5)` with
 *    the test set taken from the front (`slice(0, k)`) and from the end (`slice(n - k)`);
 *    the naive swap (swap each i with j = floor(rng() · n)) with i going up and the test set
 *    at the front, and with i going down and the test set at the end. w_i is that shuffle's
 *    excess in-test share of row i, scaled to ±10 and rounded, from its exact law (a Markov
 *    chain over one or two rows' positions, design/shuffle-laws.ts; V8's sort of under 64
 *    elements is one run, then binary insertion, here with coin-flip comparisons). Accept
 *    [-1059, 1081], [-623, 1443], [-2306, 2300] and [-2300, 2306]. Each shuffle's own S has
 *    per-run mean, variance and range from its exact single-row and pair laws, so by
 *    Bennett's inequality it passes with probability at most 1.5e-9, 1.0e-9, 2.7e-7 and
 *    2.7e-7 respectively.
 * 3. Single rows: X_i ~ Binomial(700, 0.3); every row must be in [143, 281].
 *
 * Each of statistics 1–2 has at most 5e-8 outside each end under a correct split, each row
 * at most 5e-9: a correct split fails with probability at most 8.4e-7 (union bound), at any
 * seed. The old design (1300 runs: neighbours, front half, single rows) needed nearly twice
 * the calls, because single rows alone had to catch the comparator sort; weighing every row
 * by the pattern a wrong shuffle leaves catches it with about half the runs.
 *
 * Not certified: the naive swap's two other forms (i going up with the test set at the end,
 * i going down with it at the front). Their bias has another shape (rows at 28–36%, mostly
 * the rows at one end), which no linear statistic separates from chance below 1e-6 with
 * fewer than about 1,300 runs (about 1,700 with Bennett's bound); the old design did not
 * catch them either. The comparator sort's law is V8's (Node, Chromium); a browser with
 * another sort (Firefox, Safari) biases it differently, which the neighbours and single-row
 * statistics may or may not see.
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
  shuffle: 'comparator-sort' | 'naive-swap' | 'naive-swap-descending';
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
    {
      shuffle: 'naive-swap-descending',
      end: 'back',
      weights: [
        -10, -10, -9, -9, -8, -7, -7, -6, -6, -5, -5, -4, -3, -3, -2, -1, -1, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 8, 8, 7, 7, 6, 5, 5, 4, 3, 2, 2,
        1, 0,
      ],
      low: -2306,
      high: 2300,
    },
  ],
  singleRow: { low: 143, high: 281 },
};

/**
 * The hidden check's design (instructors only, `grade --hidden`): n = 30, k = 9, 900 runs,
 * the same derivation. A correct split fails with probability at most 7.4e-7; the comparator
 * sort passes with at most 1.1e-12 (front) and 1.4e-13 (end), each certified form of the
 * naive swap with at most 3.7e-7 (its pattern is weaker at 30 rows, hence more runs); block
 * and stride never. It exists for a submission fitted to the visible check's n = 40 (a split
 * that is fair only for 40 rows), which no check the browser ships can stop, since learners
 * can read them.
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
    {
      shuffle: 'naive-swap-descending',
      end: 'back',
      weights: [-10, -9, -9, -8, -7, -6, -6, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6, 7, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
      low: -1460,
      high: 3074,
    },
  ],
  singleRow: { low: 194, high: 351 },
};
