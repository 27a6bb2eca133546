import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../../src/grading/seeded-random.ts';
import { DESIGN_30, DESIGN_40, type SplitDesign } from '../split-designs.ts';
import { CERTIFIED, deriveSplitDesign } from './derive-split-design.ts';
import { bernoulliLaw, choose, neighbourLaw, subsetSumLaw, sumOfRuns, type IntegerLaw } from './exact-tails.ts';
import { comparatorSortLaw, naiveSwapLaw, type InTestLaw } from './shuffle-laws.ts';

/** The spec's promise: a correct split fails, and each named wrong shuffle passes, with probability below 1e-6. */
const LIMIT = 1e-6;

const moments = (law: IntegerLaw) => {
  let mean = 0;
  let square = 0;
  law.probs.forEach((p, i) => {
    mean += p * (law.offset + i);
    square += p * (law.offset + i) ** 2;
  });
  return { total: law.probs.reduce((s, p) => s + p, 0), mean, variance: square - mean ** 2 };
};

describe.each([
  ['DESIGN_40', DESIGN_40],
  ['DESIGN_30', DESIGN_30],
] as [string, SplitDesign][])('%s', (_, committed) => {
  const report = deriveSplitDesign(committed.rows, committed.fraction, committed.runs);
  const k = Math.ceil(committed.fraction * committed.rows);

  it('is exactly what the derivation gives', () => {
    expect(committed).toEqual(report.design);
  });

  it('fails a correct split, and passes each named wrong shuffle, with probability below 1e-6', () => {
    expect(report.correctFails).toBeLessThan(LIMIT);
    expect(report.wrongPasses).toHaveLength(CERTIFIED.length);
    for (const passes of report.wrongPasses) expect(passes).toBeLessThan(LIMIT);
  });

  it('always fails a block (k − 1 neighbour pairs a run) and a stride sample (none)', () => {
    expect(committed.neighbours.high).toBeLessThan(committed.runs * (k - 1));
    expect(committed.neighbours.low).toBeGreaterThan(0);
  });

  it("expects each wrong shuffle's neighbours inside the interval, so its failure names its pattern", () => {
    for (const mean of report.neighbourMeans) {
      expect(mean).toBeGreaterThan(committed.neighbours.low);
      expect(mean).toBeLessThan(committed.neighbours.high);
    }
  });
});

describe('the exact laws', () => {
  it('gives the neighbours law its closed-form mean: n · k(k−1)/(n−1) a run', () => {
    const { total, mean } = moments(neighbourLaw(40, 12));
    expect(total).toBeCloseTo(1, 12);
    expect(mean).toBeCloseTo((12 * 11) / 39, 12);
  });

  it('gives a subset sum the hypergeometric mean and variance: k·w̄ and k(n−k)/(n(n−1)) · Σ(w − w̄)²', () => {
    const weights = [10, 7, 2, 6, -1, 1, 1, 4, -2, 0, -1, 1, -2, -3, 0, 2];
    const k = 5;
    const n = weights.length;
    const average = weights.reduce((s, w) => s + w, 0) / n;
    const { total, mean, variance } = moments(subsetSumLaw(weights, k));
    expect(total).toBeCloseTo(1, 12);
    expect(mean).toBeCloseTo(k * average, 10);
    expect(variance).toBeCloseTo(((k * (n - k)) / (n * (n - 1))) * weights.reduce((s, w) => s + (w - average) ** 2, 0), 10);
  });

  it('convolves a Bernoulli law into the binomial one, far tails included', () => {
    const law = sumOfRuns(bernoulliLaw(0.3), 700);
    const binomial = (x: number) => Math.exp(lnChoose(700, x) + x * Math.log(0.3) + (700 - x) * Math.log(0.7));
    for (const x of [100, 144, 210, 280, 320]) expect(law.probs[x - law.offset]! / binomial(x)).toBeCloseTo(1, 9);
    expect(choose(40, 12)).toBe(5586853480);
  });
});

// 100,000 shuffles each: about a second alone, several on a loaded 2-core machine.
describe("the wrong shuffles' laws against the running engine", { timeout: 60_000 }, () => {
  const n = 40;
  const k = 12;
  const runs = 100_000;
  // Fixed seeds, so this is a deterministic test: a law off by 0.01 in any row is ~7 standard errors away.
  const simulate = (shuffle: (rows: number[], rng: () => number) => number[]) => {
    const counts = {
      front: { single: new Float64Array(n), pair: new Float64Array(n * n) },
      back: { single: new Float64Array(n), pair: new Float64Array(n * n) },
    };
    const rows = Array.from({ length: n }, (_, row) => row);
    for (let run = 0; run < runs; run += 1) {
      const shuffled = shuffle(rows, mulberry32(run * 2654435761 + 12345));
      for (const [test, count] of [
        [shuffled.slice(0, k), counts.front],
        [shuffled.slice(n - k), counts.back],
      ] as const) {
        for (const a of test) {
          count.single[a]! += 1;
          for (const b of test) count.pair[a * n + b]! += 1;
        }
      }
    }
    const share = ({ single, pair }: InTestLaw) => ({ single: single.map((c) => c / runs), pair: pair.map((c) => c / runs) });
    return { front: share(counts.front), back: share(counts.back) };
  };
  const worstZ = (law: InTestLaw, seen: InTestLaw) => {
    let worst = 0;
    law.pair.forEach((p, index) => {
      if (p > 0) worst = Math.max(worst, Math.abs(seen.pair[index]! - p) / Math.sqrt((p * (1 - p)) / runs));
    });
    return worst;
  };

  it('matches V8 sorting with a random comparator, test from either end (every row and pair within 5.5 standard errors)', () => {
    const seen = simulate((rows, rng) => [...rows].sort(() => rng() - 0.5));
    // 820 rows and pairs: a correct law exceeds 5.5 somewhere with probability about 3.1e-5.
    expect(worstZ(comparatorSortLaw(n, k), seen.front)).toBeLessThan(5.5);
    expect(worstZ(comparatorSortLaw(n, k, 'back'), seen.back)).toBeLessThan(5.5);
  });

  it('matches the naive swap (every row and pair within 5.5 standard errors)', () => {
    const seen = simulate((rows, rng) => {
      const shuffled = [...rows];
      for (let i = 0; i < n; i += 1) {
        const j = Math.floor(rng() * n);
        [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
      }
      return shuffled;
    });
    expect(worstZ(naiveSwapLaw(n, k), seen.front)).toBeLessThan(5.5);
  });
});

function lnChoose(n: number, k: number): number {
  let sum = 0;
  for (let i = 1; i <= k; i += 1) sum += Math.log(n - k + i) - Math.log(i);
  return sum;
}
