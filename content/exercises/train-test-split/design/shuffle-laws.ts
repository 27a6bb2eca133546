/**
 * Exact laws of the biased shuffles the spec names, for the statistical design of the
 * `unbiased-shuffle` check (derive-split-design.ts): V8's sort with a random comparator and
 * the naive swap (i going up or down), each followed by taking k rows from the front or the
 * end of the shuffled copy as the test set, as the known-wrong variants do. Each law is a
 * Markov chain over the positions of one or two tracked rows, so it is exact (up to float
 * rounding) and fast; split-design.test.ts checks them against the running engine.
 */

/** P(row a in test) for every a, and P(rows a and b both in test) for every pair: the first two moments a linear statistic needs. */
export interface InTestLaw {
  single: Float64Array;
  /** pair[a * n + b], symmetric, with pair[a * n + a] = single[a]. */
  pair: Float64Array;
}

/**
 * Where a binary search with coin-flip comparisons ends among `slots` slots: V8's
 * BinaryInsertionSort goes left when the comparator is negative (probability 1/2 here).
 */
function insertionSlotLaw(slots: number): Float64Array {
  const law = new Float64Array(slots);
  const descend = (left: number, right: number, weight: number): void => {
    if (left >= right) {
      law[left]! += weight;
      return;
    }
    const mid = left + ((right - left) >> 1);
    descend(left, mid, weight / 2);
    descend(mid + 1, right, weight / 2);
  };
  descend(0, slots - 1, 1);
  return law;
}

/**
 * A chain over the positions of rows a and b (b = -1: only a is tracked), as a flat
 * (n + 1) × (n + 1) table of probabilities; position n means "not in the array yet".
 */
type PairChain = (n: number, a: number, b: number) => Float64Array;

/**
 * `rows.sort(() => rng() - 0.5)` in V8 (Node, Chromium): for fewer than 64 elements TimSort
 * makes one run and binary-insertion-sorts the rest. CountAndMakeRun compares neighbours from
 * the front: the first comparison picks a direction, each later one extends the run with
 * probability 1/2, and a descending run is reversed, so a run of length L (probability
 * 2^-(L-1), or 2^-(n-2) for L = n; either direction with 1/2) holds rows 0..L-1 in order or
 * reversed. Rows L..n-1 are then inserted one by one, each at a slot of insertionSlotLaw,
 * shifting every placed row at or after that slot. Runs of every length share one chain: a
 * run of length L joins it just before row L is inserted. `rng() - 0.5 < 0` has probability
 * exactly 1/2 for the grader's rng (multiples of 2^-32).
 */
const comparatorSortChain: PairChain = (n, a, b) => {
  const side = n + 1;
  let states = new Float64Array(side * side);
  for (let start = 2; start <= n; start += 1) {
    const runLength = start;
    const weight = runLength < n ? 2 ** -(runLength - 1) : 2 ** -(n - 2);
    for (const descending of [false, true]) {
      const place = (row: number) => (row >= 0 && row < runLength ? (descending ? runLength - 1 - row : row) : n);
      states[place(a) * side + place(b)]! += weight / 2;
    }
    if (start === n) break;
    const slots = insertionSlotLaw(start + 1);
    const atOrBefore = new Float64Array(start + 1); // P(slot <= q)
    slots.reduce((sum, p, q) => (atOrBefore[q] = sum + p), 0);
    const shift = (position: number, slot: number) => (position < n && position >= slot ? position + 1 : position);
    const next = new Float64Array(side * side);
    for (let qa = 0; qa < side; qa += 1) {
      for (let qb = 0; qb < side; qb += 1) {
        const weight = states[qa * side + qb]!;
        if (weight === 0) continue;
        if (a === start || b === start) {
          for (let slot = 0; slot <= start; slot += 1) {
            const pa = a === start ? slot : shift(qa, slot);
            const pb = b === start ? slot : shift(qb, slot);
            next[pa * side + pb]! += weight * slots[slot]!;
          }
        } else if (qa < n && qb < n) {
          const [low, high] = qa < qb ? [qa, qb] : [qb, qa];
          const both = atOrBefore[low]!;
          const highOnly = atOrBefore[high]! - both;
          next[(qa + 1) * side + qb + 1]! += weight * both;
          next[(qa === high ? qa + 1 : qa) * side + (qb === high ? qb + 1 : qb)]! += weight * highOnly;
          next[qa * side + qb]! += weight * (1 - both - highOnly);
        } else if (qa < n || qb < n) {
          const moves = atOrBefore[Math.min(qa, qb)]!;
          next[(qa < n ? qa + 1 : qa) * side + (qb < n ? qb + 1 : qb)]! += weight * moves;
          next[qa * side + qb]! += weight * (1 - moves);
        } else next[qa * side + qb]! += weight;
      }
    }
    states = next;
  }
  return states;
};

/**
 * The naive swap: for each i, swap positions i and j = floor(rng() * n), with i going up
 * (0..n-1) or down (n-1..0, Fisher–Yates's loop with the wrong j). The chain takes j exactly
 * uniform; floor(rng() * n) on the rng's 2^-32 grid is within 2^-32 of that per value, far
 * below the design's margins.
 */
const naiveSwapChain =
  (descending: boolean): PairChain =>
  (n, a, b) => {
    const side = n + 1;
    let states = new Float64Array(side * side);
    states[a * side + (b >= 0 ? b : n)] = 1;
    const swap = (position: number, i: number, j: number) => (position === i ? j : position === j ? i : position);
    for (let step = 0; step < n; step += 1) {
      const i = descending ? n - 1 - step : step;
      const next = new Float64Array(side * side);
      for (let qa = 0; qa < n; qa += 1) {
        for (let qb = 0; qb < side; qb += 1) {
          const weight = states[qa * side + qb]!;
          if (weight === 0) continue;
          if (qa === i || qb === i) {
            for (let j = 0; j < n; j += 1) next[swap(qa, i, j) * side + swap(qb, i, j)]! += weight / n;
          } else {
            // Only j = qa or j = qb moves a tracked row (to i); every other j leaves both.
            next[i * side + qb]! += weight / n;
            if (qb < n) next[qa * side + i]! += weight / n;
            next[qa * side + qb]! += weight * (1 - (qb < n ? 2 : 1) / n);
          }
        }
      }
      states = next;
    }
    return states;
  };

/** Which k positions of the shuffled array a split takes as test: `slice(0, k)` or `slice(n - k)`. */
export type TestEnd = 'front' | 'back';

/** The in-test law of a shuffle whose test set is the k positions at `end`, from its pair chain. */
function inTestLaw(n: number, k: number, chain: PairChain, end: TestEnd): InTestLaw {
  const side = n + 1;
  const single = new Float64Array(n);
  const pair = new Float64Array(n * n);
  const inTest = (states: Float64Array, both: boolean) => {
    let total = 0;
    const first = end === 'front' ? 0 : n - k;
    for (let qa = first; qa < first + k; qa += 1) {
      if (both) for (let qb = first; qb < first + k; qb += 1) total += states[qa * side + qb]!;
      else total += states[qa * side + n]!;
    }
    return total;
  };
  for (let a = 0; a < n; a += 1) {
    single[a] = inTest(chain(n, a, -1), false);
    pair[a * n + a] = single[a]!;
    for (let b = a + 1; b < n; b += 1) pair[a * n + b] = pair[b * n + a] = inTest(chain(n, a, b), true);
  }
  return { single, pair };
}

/** `sort(() => rng() - 0.5)` in V8, then the k rows at `end` as test. */
export const comparatorSortLaw = (n: number, k: number, end: TestEnd = 'front'): InTestLaw => inTestLaw(n, k, comparatorSortChain, end);

/** The naive swap (j uniform over all positions), i going up, then the k rows at `end` as test. */
export const naiveSwapLaw = (n: number, k: number, end: TestEnd = 'front'): InTestLaw => inTestLaw(n, k, naiveSwapChain(false), end);

/** The naive swap with i going down (n-1..0), then the k rows at `end` as test. */
export const naiveSwapDescendingLaw = (n: number, k: number, end: TestEnd = 'front'): InTestLaw =>
  inTestLaw(n, k, naiveSwapChain(true), end);
