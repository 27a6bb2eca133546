import { describe, expect, it } from 'vitest';
import { contains, fixed, grouped, lesson, mean, normal, seededRandom } from './lesson-math.ts';
/**
 * Recomputes the arithmetic of the lessons' worked examples and checks that the numbers
 * written in the MDX are the computed ones, formatted as the lesson prints them. Editing a
 * number in a lesson without editing the example (or the other way round) fails here.
 */

describe('deployment', () => {
  const text = lesson('deployment');
  /** numpy's default percentile: linear interpolation between order statistics. */
  const percentile = (values: number[], q: number) => {
    const sorted = [...values].sort((x, y) => x - y);
    const position = (sorted.length - 1) * q;
    const low = Math.floor(position);
    return sorted[low]! + (sorted[Math.ceil(position)]! - sorted[low]!) * (position - low);
  };
  it('p99 with one and with two slow requests in a hundred', () => {
    const one = [...Array(99).fill(20), 400];
    const two = [...Array(98).fill(20), 400, 400];
    expect(percentile(one, 0.99)).toBeLessThan(50);
    contains(text, `p99 is about **${Math.round(percentile(one, 0.99))} ms**`);
    contains(text, `the p99 is **${percentile(two, 0.99)} ms**`);
  });
  it('memory and time of the nightly job', () => {
    contains(text, `1,000,000 × 4 bytes = **${(1_000_000 * 4) / 1e6} MB**`);
    contains(text, `1,000,000 × 200 × 4 bytes = ${(1_000_000 * 200 * 4) / 1e6} MB`);
    contains(text, `each input tensor is ${(10_000 * 200 * 4) / 1e6} MB`);
    contains(text, `That\nis ${1_000_000 / 10_000} chunks; at 15 ms each, the job takes ${(100 * 15) / 1000} seconds`);
    contains(text, `all 100 input chunks,\n${(100 * 10_000 * 200 * 4) / 1e6} MB`);
  });
  it('A/B sample size for 10.0% → 10.5% at 5% significance and 80% power', () => {
    const z = 1.959963984540054 + 0.8416212335729143;
    const perArm = (z ** 2 * (0.1 * 0.9 + 0.105 * 0.895)) / 0.005 ** 2;
    contains(text, `about **${grouped(Math.round(perArm / 1000) * 1000)} users per arm**`);
  });
  it('batch scoring with fallbacks', () => {
    const model = { slope: 0.8, intercept: 3 };
    const xs = [10, null, 25, Number.NaN, Number.POSITIVE_INFINITY, 40];
    const fallback = 41;
    const fallbackRows = xs.flatMap((x, i) => (x === null || !Number.isFinite(x) ? [i] : []));
    const rows = xs.map((x, i) => (fallbackRows.includes(i) ? fallback : model.slope * x! + model.intercept));
    const shown = ['10', '`null`', '25', '`NaN`', '`Infinity`', '40'];
    rows.forEach((prediction, i) => {
      const source = fallbackRows.includes(i) ? 'fallback' : 'model';
      contains(text, `| ${i} | ${shown[i]} | ${prediction} | ${source} |`);
    });
    contains(text, `fallback rows [${fallbackRows.join(', ')}]`);
    const valid = xs.filter((x): x is number => x !== null && Number.isFinite(x));
    contains(text, `[${valid.slice(0, 2).join(', ')}] and [${valid.slice(2).join(', ')}]`);
  });
});

describe('monitoring', () => {
  const text = lesson('monitoring');
  /** drift-psi's edges: the reference's j/bins quantiles, position (n − 1) · j / bins, linear interpolation. */
  const edgesOf = (reference: readonly number[], bins: number) => {
    const sorted = [...reference].sort((x, y) => x - y);
    return Array.from({ length: bins - 1 }, (_, index) => {
      const position = ((sorted.length - 1) * (index + 1)) / bins;
      const low = Math.floor(position);
      return sorted[low]! + (sorted[Math.ceil(position)]! - sorted[low]!) * (position - low);
    });
  };
  const sharesOf = (values: readonly number[], edges: readonly number[]) => {
    const counts = new Array<number>(edges.length + 1).fill(0);
    for (const value of values) {
      let bin = 0;
      while (bin < edges.length && value > edges[bin]!) bin++;
      counts[bin]!++;
    }
    return counts.map((count) => Math.max(count / values.length, 1e-4));
  };
  const psiOf = (r: readonly number[], c: readonly number[]) => r.reduce((sum, ri, i) => sum + (c[i]! - ri) * Math.log(c[i]! / ri), 0);
  const reference = [8, 12, 15, 18, 21, 24, 27, 31, 35, 40, 48, 60];
  const current = [14, 19, 25.5, 28, 33, 36, 41, 52, 66, 75];

  it('the quantile edges of the worked example', () => {
    contains(text, reference.join(', '));
    const edges = edgesOf(reference, 4);
    expect(edges).toEqual([17.25, 25.5, 36.25]);
    contains(text, `15 + 0.75 × 3 = **${edges[0]}**`);
    contains(text, `24 + 0.5 × 3 = **${edges[1]}**`);
    contains(text, `35 + 0.25 × 5 = **${edges[2]}**`);
    contains(text, 'positions (12 − 1) · j / 4 = 2.75, 5.5 and 8.25');
  });
  it('shares, terms and PSI of the worked example', () => {
    const edges = edgesOf(reference, 4);
    const r = sharesOf(reference, edges);
    const c = sharesOf(current, edges);
    expect(r).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(c).toEqual([0.1, 0.2, 0.3, 0.4]);
    const rows = text.split('\n').filter((line) => /^\| [1-4]: /.test(line));
    expect(rows).toHaveLength(4);
    rows.forEach((row, i) => {
      const term = (c[i]! - r[i]!) * Math.log(c[i]! / r[i]!);
      expect(row).toContain(
        `| ${fixed(r[i]!, 2)} | ${fixed(c[i]!, 2)} | ${fixed(c[i]! - r[i]!, 2)} | ${fixed(Math.log(c[i]! / r[i]!), 3)} | ${fixed(term, 3)} |`,
      );
      const inBin = current.filter((value) => sharesOf([value], edges)[i] === 1);
      expect(row).toContain(`| ${inBin.join(', ')} |`);
    });
    const psi = psiOf(r, c);
    expect(psi).toBeGreaterThan(0.2);
    contains(text, `0.137 + 0.011 + 0.009 + 0.071 ≈ **${fixed(psi, 2)}**`);
  });
  it('one empty bin', () => {
    contains(text, `(0.0001 − 0.25) · ln(0.0001 / 0.25) ≈ **${fixed((1e-4 - 0.25) * Math.log(1e-4 / 0.25), 2)}**`);
  });
  it('PSI without drift on small samples (seeded simulation)', () => {
    const rng = seededRandom(12);
    const referenceSample = Array.from({ length: 10_000 }, () => normal(rng));
    const edges = edgesOf(referenceSample, 10);
    const r = sharesOf(referenceSample, edges);
    const simulate = (n: number) => {
      const values = Array.from({ length: 2000 }, () =>
        psiOf(
          r,
          sharesOf(
            Array.from({ length: n }, () => normal(rng)),
            edges,
          ),
        ),
      );
      return {
        mean: mean(values),
        over01: values.filter((v) => v > 0.1).length / values.length,
        over02: values.filter((v) => v > 0.2).length / values.length,
      };
    };
    const at30 = simulate(30);
    const at100 = simulate(100);
    contains(text, `9 / 100 = ${fixed(9 / 100, 2)}`);
    contains(text, `a mean of **${fixed(at100.mean, 3)}** at 100 rows, with **${Math.round(100 * at100.over01)}%** of samples above 0.1`);
    contains(text, `rows the mean is **${fixed(at30.mean, 2)}**, and **${Math.round(100 * at30.over02)}%** of samples exceed 0.2`);
  });
  it('label shift raises precision with the model unchanged', () => {
    const recall = 12 / 20;
    const falseAlarmRate = 18 / 980;
    const precision = (1000 * 0.04 * recall) / (1000 * 0.04 * recall + 960 * falseAlarmRate);
    contains(text, `about\n${fixed(960 * falseAlarmRate, 1)} false alarms`);
    contains(text, `catches ${1000 * 0.04 * recall} of 40 frauds`);
    contains(text, `to about **${fixed(precision, 2)}**`);
  });
  it('the holdout that breaks the feedback loop', () => {
    contains(text, `${grouped(0.02 * 1_000_000)} payments. Let 1% of them through`);
    contains(text, `${0.01 * 0.02 * 1_000_000} payments a month whose labels`);
    contains(text, `Each stands\nfor ${1 / 0.01} blocked payments`);
  });
});

describe('glossary', () => {
  const glossary = lesson('glossary');
  /** Starlight's heading ids for plain headings: lowercase, punctuation dropped, spaces to hyphens. */
  const slug = (heading: string) =>
    heading
      .toLowerCase()
      .replace(/[^a-z0-9 -]/g, '')
      .replace(/ /g, '-');
  const headings = glossary
    .split('\n')
    .filter((line) => line.startsWith('## '))
    .map((line) => line.slice(3));
  const anchors = new Set(headings.map(slug));
  it('headings are plain ASCII, so their anchors are stable', () => {
    for (const heading of headings) expect(heading).toMatch(/^[A-Za-z0-9 /-]+$/);
    expect(anchors.size).toBe(headings.length);
  });
  it('every glossary link in the lessons points at a glossary heading', () => {
    const names = [
      'index',
      'problem-definition',
      'data-collection',
      'cleaning-and-preprocessing',
      'feature-engineering',
      'training',
      'evaluation-and-validation',
      'deployment',
      'monitoring',
      'glossary',
    ];
    for (const name of names) {
      const links = [...lesson(name).matchAll(/\]\((?:\/glossary\/)?#([a-z0-9-]+)\)/g)].map((match) => match[1]!);
      if (name !== 'glossary') expect(links.length, `${name} links no glossary term`).toBeGreaterThan(0);
      for (const anchor of links) expect(anchors.has(anchor), `${name}.mdx links /glossary/#${anchor}`).toBe(true);
    }
  });
});
