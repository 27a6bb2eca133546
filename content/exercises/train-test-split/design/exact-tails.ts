/**
 * Exact laws of the split check's statistics under a correct split, and a Bennett bound for
 * a wrong shuffle, for derive-split-design.ts. A correct split makes every k-subset of the n
 * rows equally likely, independently per run, so each statistic is a sum of `runs` i.i.d.
 * integer per-run values whose law is known exactly; its law is their convolution.
 */

/** A law on the integers: P(X = offset + i) = probs[i]. `dropped` bounds the mass cut from the far tails to keep the arrays short. */
export interface IntegerLaw {
  offset: number;
  probs: Float64Array;
  dropped: number;
}

/** C(n, k) as a float: exact below 2^53, which covers every design here (C(40, 12) ≈ 5.6e9). */
export function choose(n: number, k: number): number {
  let result = 1;
  for (let i = 1; i <= k; i += 1) result = (result * (n - k + i)) / i;
  return Math.round(result);
}

/**
 * Per run: N = #{i : rows i and i+1 (mod n) both in test}. A k-subset of a cycle of n made
 * of b maximal runs has N = k − b, and (n / b) · C(k−1, b−1) · C(n−k−1, b−1) subsets have b
 * runs (choose the run lengths and gap lengths as compositions, then a starting row; each
 * subset is counted b times).
 */
export function neighbourLaw(n: number, k: number): IntegerLaw {
  const probs = new Float64Array(k);
  const total = choose(n, k);
  for (let runs = 1; runs <= Math.min(k, n - k); runs += 1) {
    probs[k - runs] = ((n / runs) * choose(k - 1, runs - 1) * choose(n - k - 1, runs - 1)) / total;
  }
  return { offset: 0, probs, dropped: 0 };
}

/** Per run: the sum of integer `weights` over the test rows, a uniformly random k-subset (counting by dynamic programming). */
export function subsetSumLaw(weights: readonly number[], k: number): IntegerLaw {
  const low = weights.reduce((sum, w) => sum + Math.min(w, 0), 0);
  const high = weights.reduce((sum, w) => sum + Math.max(w, 0), 0);
  const width = high - low + 1;
  // ways[j][s - low]: subsets of the rows seen so far with j rows and weight sum s.
  let ways = Array.from({ length: k + 1 }, () => new Float64Array(width));
  ways[0]![-low] = 1;
  for (const weight of weights) {
    const next = ways.map((row) => row.slice());
    for (let j = 0; j < k; j += 1) {
      const from = ways[j]!;
      const to = next[j + 1]!;
      for (let s = 0; s < width; s += 1) if (from[s]) to[s + weight]! += from[s]!;
    }
    ways = next;
  }
  const total = choose(weights.length, k);
  return trim({ offset: low, probs: ways[k]!.map((count) => count / total), dropped: 0 }, 0);
}

/** Per run: a Bernoulli(p) indicator (one row in test). */
export const bernoulliLaw = (p: number): IntegerLaw => ({ offset: 0, probs: Float64Array.of(1 - p, p), dropped: 0 });

/** Cuts entries below `floor` from both ends, counting what is cut. */
function trim(law: IntegerLaw, floor: number): IntegerLaw {
  let first = 0;
  let last = law.probs.length - 1;
  let dropped = law.dropped;
  while (first < last && law.probs[first]! <= floor) dropped += law.probs[first++]!;
  while (last > first && law.probs[last]! <= floor) dropped += law.probs[last--]!;
  return { offset: law.offset + first, probs: law.probs.slice(first, last + 1), dropped };
}

/** The law of X + Y for independent X, Y, far tails (below 1e-45 an entry) cut and counted. */
function convolve(x: IntegerLaw, y: IntegerLaw): IntegerLaw {
  const probs = new Float64Array(x.probs.length + y.probs.length - 1);
  for (let i = 0; i < x.probs.length; i += 1) {
    const p = x.probs[i]!;
    for (let j = 0; j < y.probs.length; j += 1) probs[i + j]! += p * y.probs[j]!;
  }
  return trim({ offset: x.offset + y.offset, probs, dropped: x.dropped + y.dropped }, 1e-45);
}

/** The law of the sum of `runs` independent copies, by repeated squaring (all terms are positive, so rounding stays relative). */
export function sumOfRuns(perRun: IntegerLaw, runs: number): IntegerLaw {
  let sum: IntegerLaw = { offset: 0, probs: Float64Array.of(1), dropped: 0 };
  let power = perRun;
  for (let left = runs; left > 0; left >>= 1) {
    if (left & 1) sum = convolve(sum, power);
    if (left > 1) power = convolve(power, power);
  }
  return sum;
}

/** The narrowest interval [low, high] with at most `alpha` of the law below `low` and at most `alpha` above `high` (cut mass counted in both). */
export function acceptance(law: IntegerLaw, alpha: number): { low: number; high: number; belowLow: number; aboveHigh: number } {
  let below = law.dropped;
  let first = 0;
  while (below + law.probs[first]! <= alpha) below += law.probs[first++]!;
  let above = law.dropped;
  let last = law.probs.length - 1;
  while (above + law.probs[last]! <= alpha) above += law.probs[last--]!;
  return { low: law.offset + first, high: law.offset + last, belowLow: below, aboveHigh: above };
}

/**
 * Bennett's inequality: for i.i.d. per-run values with variance `variance` and |X − mean| ≤
 * `bound`, P(sum − runs · mean ≤ −t) and P(sum − runs · mean ≥ t) are each at most
 * exp(−(runs·σ²/b²) · h(b·t / (runs·σ²))), h(u) = (1 + u) ln(1 + u) − u.
 */
export function bennettTail(runs: number, variance: number, bound: number, t: number): number {
  if (t <= 0) return 1;
  const spread = runs * variance;
  const u = (bound * t) / spread;
  return Math.exp(-(spread / bound ** 2) * ((1 + u) * Math.log1p(u) - u));
}
