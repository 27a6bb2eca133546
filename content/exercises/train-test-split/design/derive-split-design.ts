import type { PatternStatistic, SplitDesign } from '../split-statistics.ts';
import { acceptance, bennettTail, bernoulliLaw, neighbourLaw, subsetSumLaw, sumOfRuns } from './exact-tails.ts';
import { comparatorSortLaw, naiveSwapLaw, type InTestLaw } from './shuffle-laws.ts';

/**
 * Derives the `unbiased-shuffle` check's design (split-statistics.ts) from n, the test
 * fraction and the number of runs, and the probabilities of a wrong verdict that go with
 * it. split-design.test.ts runs this and fails if a committed design differs from it or if
 * any error probability reaches its limit, so the numbers in the check are recomputed on
 * every `npm test` rather than copied from a script nobody can find.
 */

/** Per-tail error budgets under a correct split (two tails each): 2 · (3 · 5e-8 + n · 7.5e-9) ≤ 9e-7 for n ≤ 40. */
const STATISTIC_TAIL = 5e-8;
const ROW_TAIL = 7.5e-9;

/** Integer weights for a wrong shuffle's pattern: its excess in-test share per row, scaled so the largest is ±10, rounded. */
export function patternWeights(single: Float64Array, fraction: number): number[] {
  const excess = [...single].map((share) => share - fraction);
  const largest = Math.max(...excess.map(Math.abs));
  return excess.map((e) => Math.round((10 * e) / largest) + 0);
}

/** Mean and variance of Σ_{i ∈ test} w_i in one run of a shuffle, from its in-test law, and the largest |value − mean|. */
export function patternMoments(weights: readonly number[], law: InTestLaw, k: number) {
  const n = weights.length;
  let mean = 0;
  let square = 0;
  for (let a = 0; a < n; a += 1) {
    mean += weights[a]! * law.single[a]!;
    for (let b = 0; b < n; b += 1) square += weights[a]! * weights[b]! * law.pair[a * n + b]!;
  }
  const sorted = [...weights].sort((x, y) => x - y);
  const lowest = sorted.slice(0, k).reduce((s, w) => s + w, 0);
  const highest = sorted.slice(n - k).reduce((s, w) => s + w, 0);
  return { mean, variance: square - mean ** 2, bound: Math.max(highest - mean, mean - lowest) };
}

/** What a design is worth: its statistics' intervals and every chance of a wrong verdict. */
export interface DesignReport {
  design: SplitDesign;
  /** P(a correct split fails), union bound over every statistic's tails. */
  correctFails: number;
  /** P(the wrong shuffle passes) ≤ Bennett's bound on its own pattern statistic staying inside its interval. */
  comparatorSortPasses: number;
  naiveSwapPasses: number;
  /** Expected neighbours count of each wrong shuffle over the runs: inside the interval, so its failure names the pattern, not a block or a stride. */
  neighbourMeans: { comparatorSort: number; naiveSwap: number };
}

/** Bennett's bound on P(a wrong shuffle's pattern sum stays in [low, high]). */
function passes(statistic: PatternStatistic, law: InTestLaw, k: number, runs: number): number {
  const { mean, variance, bound } = patternMoments(statistic.weights, law, k);
  const centre = runs * mean;
  const distance = centre > statistic.high ? centre - statistic.high : statistic.low - centre;
  return bennettTail(runs, variance, bound, distance);
}

/** The design for `rows` rows at `fraction`, over `runs` runs. */
export function deriveSplitDesign(rows: number, fraction: number, runs: number): DesignReport {
  const k = Math.ceil(fraction * rows);
  const p = k / rows;
  const sortLaw = comparatorSortLaw(rows, k);
  const swapLaw = naiveSwapLaw(rows, k);
  const interval = (perRun: ReturnType<typeof neighbourLaw>, alpha: number) => acceptance(sumOfRuns(perRun, runs), alpha);
  const pattern = (law: InTestLaw) => {
    const weights = patternWeights(law.single, p);
    const { low, high, belowLow, aboveHigh } = interval(subsetSumLaw(weights, k), STATISTIC_TAIL);
    return { statistic: { weights, low, high }, fails: belowLow + aboveHigh };
  };
  const neighbours = interval(neighbourLaw(rows, k), STATISTIC_TAIL);
  const sortPattern = pattern(sortLaw);
  const swapPattern = pattern(swapLaw);
  const singleRow = interval(bernoulliLaw(p), ROW_TAIL);
  const design: SplitDesign = {
    runs,
    rows,
    fraction,
    neighbours: { low: neighbours.low, high: neighbours.high },
    comparatorSortPattern: sortPattern.statistic,
    naiveSwapPattern: swapPattern.statistic,
    singleRow: { low: singleRow.low, high: singleRow.high },
  };
  const neighbourMean = (law: InTestLaw) => {
    let perRun = 0;
    for (let row = 0; row < rows; row += 1) perRun += law.pair[row * rows + ((row + 1) % rows)]!;
    return runs * perRun;
  };
  return {
    design,
    correctFails:
      neighbours.belowLow +
      neighbours.aboveHigh +
      sortPattern.fails +
      swapPattern.fails +
      rows * (singleRow.belowLow + singleRow.aboveHigh),
    comparatorSortPasses: passes(design.comparatorSortPattern, sortLaw, k, runs),
    naiveSwapPasses: passes(design.naiveSwapPattern, swapLaw, k, runs),
    neighbourMeans: { comparatorSort: neighbourMean(sortLaw), naiveSwap: neighbourMean(swapLaw) },
  };
}
