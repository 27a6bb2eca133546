import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Recomputes the arithmetic of the lessons' worked examples and checks that the numbers
 * written in the MDX are the computed ones, formatted as the lesson prints them. Editing a
 * number in a lesson without editing the example (or the other way round) fails here.
 */

const lessonsDirectory = join(import.meta.dirname, '../../content/lessons');
const lesson = (name: string): string => readFileSync(join(lessonsDirectory, `${name}.mdx`), 'utf8');

/** Fixed decimals with the typographic minus the lessons use. */
const fixed = (value: number, digits: number): string => value.toFixed(digits).replace('-', '−');
/** Thousands separated by commas, as in "58,000". */
const grouped = (value: number): string => Math.round(value).toLocaleString('en-US');
/** Whitespace-insensitive containment, so rewrapping a paragraph does not fail the test. */
const contains = (text: string, expected: string): void => {
  expect(text.replace(/\s+/g, ' ')).toContain(expected.replace(/\s+/g, ' '));
};
const mean = (values: readonly number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length;
const mse = (truth: readonly number[], predicted: readonly number[]): number =>
  mean(truth.map((value, index) => (predicted[index]! - value) ** 2));
const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** mulberry32: a small seeded generator, uniform in [0, 1). */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
/** Box–Muller: a standard normal value from two uniforms. */
function normal(rng: () => number): number {
  let u = 0;
  while (u === 0) u = rng();
  const v = rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** log of the binomial coefficient n choose k. */
function logChoose(n: number, k: number): number {
  let sum = 0;
  for (let i = 1; i <= k; i++) sum += Math.log(n - k + i) - Math.log(i);
  return sum;
}
/** P(X ≤ at) for X hypergeometric: `drawn` rows from `total`, of which `marked` are marked. */
function hypergeometricAtMost(total: number, marked: number, drawn: number, at: number): number {
  let p = 0;
  for (let x = 0; x <= at; x++) {
    p += Math.exp(logChoose(marked, x) + logChoose(total - marked, drawn - x) - logChoose(total, drawn));
  }
  return p;
}

describe('index: the course as described', () => {
  const text = lesson('index');
  it('lists the ten graded exercises, one table row per stage', () => {
    const ids = [
      'baseline',
      'parse-csv',
      'impute-median',
      'time-features',
      'train-test-split',
      'fit-linear-model',
      'mse',
      'k-fold',
      'batch-scoring',
      'drift-psi',
    ];
    for (const id of ids) contains(text, `\`${id}\``);
    contains(text, `ten exercises in all`);
  });
});

describe('problem definition', () => {
  const text = lesson('problem-definition');
  it('break-even precision and the 40% target', () => {
    const cost = 12;
    const value = 60;
    contains(text, `Break-even is ${cost} / ${value} = ${(100 * cost) / value}%`);
    contains(text, `0.2 × 60 = ${0.2 * value} €`);
    contains(text, `0.4 × 60 = ${0.4 * value} €`);
    contains(text, `| ${0.4 * value - cost} € | ${grouped(500 * (0.4 * value - cost))} € |`);
    contains(text, `0.25 × 240 = ${0.25 * 240} euros`);
  });
  it('the mean baseline and the model, scored by MSE on test', () => {
    const train = [12, 15, 9, 14, 10];
    const test = [11, 16, 8];
    const baseline = mean(train);
    contains(text, `60 / 5 = **${baseline} bikes**`);
    const baselineMse = mse(
      test,
      test.map(() => baseline),
    );
    contains(text, `(1 + 16 + 16) / 3 = **${fixed(baselineMse, 1)}**`);
    const modelMse = mse(test, [10.5, 15.0, 9.0]);
    contains(text, `an MSE of **${modelMse}**`);
    contains(text, `1 − 0.75 / 11.0 ≈ ${Math.round(100 * (1 - modelMse / baselineMse))}%`);
    contains(text, `removed only ${Math.round(100 * (1 - 10.8 / baselineMse))}%`);
    const leaky = mean([...train, ...test]);
    contains(text, `95 / 8 = ${leaky}`);
    contains(
      text,
      `drop from 11.0 to ${fixed(
        mse(
          test,
          test.map(() => leaky),
        ),
        2,
      )}`,
    );
  });
});

/** A reference RFC 4180 reader: records with the physical line each starts on. */
function readCsv(text: string): { line: number; fields: string[] }[] {
  const records: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = text.startsWith('\uFEFF') ? 1 : 0;
  while (i < text.length) {
    const char = text[i]!;
    if (char === '"' && field === '') {
      const quoteLine = line;
      i++;
      for (;;) {
        if (i >= text.length) throw new SyntaxError(`line ${quoteLine}: unterminated quote`);
        if (text[i] === '"' && text[i + 1] === '"') ((field += '"'), (i += 2));
        else if (text[i] === '"') break;
        else {
          if (text[i] === '\n') line++;
          field += text[i++];
        }
      }
      i++;
    } else if (char === ',') (fields.push(field), (field = ''), i++);
    else if (char === '\n' || (char === '\r' && text[i + 1] === '\n')) {
      fields.push(field);
      records.push({ line: recordLine, fields });
      fields = [];
      field = '';
      i += char === '\r' ? 2 : 1;
      line++;
      recordLine = line;
    } else ((field += char), i++);
  }
  if (field !== '' || fields.length > 0) (fields.push(field), records.push({ line: recordLine, fields }));
  const width = records[0]!.fields.length;
  for (const record of records) {
    if (record.fields.length !== width) throw new SyntaxError(`line ${record.line}: ${record.fields.length} fields, expected ${width}`);
  }
  return records;
}

describe('data collection', () => {
  const text = lesson('data-collection');
  const block = text.split('```text\n')[1]!.split('```')[0]!;
  const csv = block.replace(/^\d+ {2}/gm, '');
  it('the example file breaks at the physical line the lesson names', () => {
    expect(csv.split('\n').filter(Boolean)).toHaveLength(6);
    contains(text, 'sees six lines');
    expect(csv.split('\n')[1]!.split(',')).toHaveLength(4);
    contains(text, 'finds four\nfields on line 2');
    expect(() => readCsv(csv)).toThrow(/^line 6: 4 fields, expected 3$/);
    contains(text, 'should say **line 6**');
  });
  it('records 1 to 3 parse to three fields with the values the lesson quotes', () => {
    const good = csv.split('\n').slice(0, 5).join('\r\n');
    const records = readCsv('\uFEFF' + good + '\r\n');
    expect(records.map((record) => record.fields.length)).toEqual([3, 3, 3, 3]);
    expect(records[0]!.fields[0]).toBe('id');
    expect(records[1]!.fields[1]).toBe('Kettle, 1.7 l');
    expect(records[2]!.fields[2]).toBe(`Says "premium" but isn't`);
    expect(records[3]!.fields[2]).toBe('Loud.\r\nVery loud.');
    contains(text, `\`Says "premium" but isn't\``);
  });
  it('an unterminated quote is reported where the field started', () => {
    const broken = csv.replace('Very loud."', 'Very loud.');
    expect(() => readCsv(broken)).toThrow(/^line 4: unterminated quote$/);
    contains(text, 'where the quoted field *started* (line 4)');
  });
  it('the lamp row passes the field-count check', () => {
    expect(readCsv('id,product,comment\n7,Lamp, 5 W\n')[1]!.fields).toEqual(['7', 'Lamp', ' 5 W']);
  });
  it('the label-maturity cutoff date', () => {
    const cutoff = new Date(Date.UTC(2026, 5, 1) - 60 * 86_400_000);
    const written = cutoff.toLocaleDateString('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
    expect(written).toBe('2 April 2026');
    contains(text, `Extracting on 1 June 2026 with\na 60-day window means keeping payments up to **${written}**`);
  });
});

describe('cleaning and preprocessing', () => {
  const text = lesson('cleaning-and-preprocessing');
  it('median imputation fitted on training values only', () => {
    const train = [3, 2, null, 4, 11, 3, null];
    const test = [null, 5];
    const present = train.filter((value): value is number => value !== null);
    contains(text, `The present training values are now ${present.slice(0, -1).join(', ')} and ${present.at(-1)}.`);
    const fitted = median(present);
    contains(text, `The median is the middle one: **${fitted}**`);
    contains(text, `(The mean would be ${present.reduce((a, b) => a + b)} / 5 =\n${mean(present)}`);
    contains(text, `training: ${train.map((value) => (value === null ? `**${fitted}**` : value)).join(', ')}`);
    contains(text, `test: ${test.map((value) => (value === null ? `**${fitted}**` : value)).join(', ')}`);
    const both = [...present, 5];
    contains(text, `(3 + 4) / 2 = ${median(both)}`);
  });
  it('a random 20% test set gets 2 or fewer of 20 frauds about one time in five', () => {
    const p = hypergeometricAtMost(1000, 20, 200, 2);
    expect(p).toBeGreaterThan(0.18);
    expect(p).toBeLessThan(0.22);
    contains(text, 'gives it 2 or\nfewer about one time in five');
    contains(text, `exactly ${0.2 * 20} frauds and ${0.2 * 980} other`);
  });
});

describe('feature engineering', () => {
  const text = lesson('feature-engineering');
  const parts = (iso: string, timeZone: string) => {
    const format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    const byType = Object.fromEntries(format.formatToParts(new Date(iso)).map((part) => [part.type, part.value]));
    const dayOfWeek = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].indexOf(byType.weekday!);
    return { ...byType, dayOfWeek, hourOfDay: Number(byType.hour) } as Record<string, string> & { dayOfWeek: number; hourOfDay: number };
  };
  it('New York in winter and in summer', () => {
    const winter = parts('2026-01-15T02:00:00Z', 'America/New_York');
    contains(text, `placed at ${winter.hour}:${winter.minute} on ${winter.weekday} ${winter.day} ${winter.month} in New York`);
    const summer = parts('2026-07-15T02:00:00Z', 'America/New_York');
    contains(text, `is ${summer.hour}:${summer.minute} on ${summer.weekday} ${summer.day} ${summer.month}, because summer`);
  });
  it('a timestamp without offset read in two machine zones', () => {
    expect(parts('2026-03-29T05:30:00Z', 'America/New_York').hour).toBe('01');
    expect(parts('2026-03-29T00:30:00Z', 'Europe/Amsterdam').hour).toBe('01');
    contains(text, '05:30 UTC, on one in Amsterdam 00:30 UTC, five hours apart');
  });
  it('the snippet and the DST table', () => {
    const snippet = parts('2026-03-29T01:30:00Z', 'Europe/Amsterdam');
    contains(text, `.indexOf(weekday); // ${snippet.dayOfWeek}`);
    contains(text, `.value); // ${snippet.hourOfDay}`);
    for (const iso of ['2026-03-28T23:30:00Z', '2026-03-29T00:30:00Z', '2026-03-29T01:30:00Z']) {
      const local = parts(iso, 'Europe/Amsterdam');
      contains(
        text,
        `| ${iso} | ${local.weekday} ${local.hour}:${local.minute} | ${local.dayOfWeek} (${local.weekday}) | ${local.hourOfDay} |`,
      );
    }
  });
  it('the autumn night repeats 02:30', () => {
    const first = parts('2026-10-25T00:30:00Z', 'Europe/Amsterdam');
    const second = parts('2026-10-25T01:30:00Z', 'Europe/Amsterdam');
    expect(`${first.hour}:${first.minute}`).toBe('02:30');
    expect(`${second.hour}:${second.minute}`).toBe('02:30');
    contains(text, 'are *both*\n02:30 local time, hour 2');
  });
  it('cyclical encoding of hour 23', () => {
    const angle = (2 * Math.PI * 23) / 24;
    contains(text, `about (${fixed(Math.sin(angle), 3)}, ${fixed(Math.cos(angle), 3)})`);
    contains(text, `is about ${fixed(Math.hypot(Math.sin(angle), Math.cos(angle) - 1), 2)}`);
  });
  it('one-hot collinearity: two weightings, one prediction', () => {
    expect(30 + 4).toBe(25 + (5 + 4));
    contains(text, 'an intercept of 25 with +5 added to every day\nweight (Sunday +9)');
  });
});

describe('training', () => {
  const text = lesson('training');
  it('the closed-form least-squares line and its MSE', () => {
    const xs = [1, 2, 3, 4];
    const ys = [3, 5, 8, 8];
    const xBar = mean(xs);
    const yBar = mean(ys);
    const sxy = xs.reduce((sum, x, i) => sum + (x - xBar) * (ys[i]! - yBar), 0);
    const sxx = xs.reduce((sum, x) => sum + (x - xBar) ** 2, 0);
    const slope = sxy / sxx;
    const intercept = yBar - slope * xBar;
    contains(text, `x̄ = ${xBar} and ȳ = ${yBar}`);
    contains(text, `| | | | sum | ${fixed(sxy, 1)} | ${fixed(sxx, 1)} |`);
    contains(text, `slope = 9 / 5 = **${slope}** and intercept = 6 − 1.8 × 2.5 = **${intercept}**`);
    const predictions = xs.map((x) => slope * x + intercept);
    contains(
      text,
      `The line predicts ${predictions
        .slice(0, 3)
        .map((p) => fixed(p, 1))
        .join(', ')}`,
    );
    const errors = predictions.map((p, i) => p - ys[i]!);
    contains(
      text,
      `the errors (prediction − y) are ${errors
        .slice(0, 3)
        .map((e) => fixed(e, 1))
        .join(', ')} and ${fixed(errors[3]!, 1)}`,
    );
    contains(text, `/ 4 = **${fixed(mse(ys, predictions), 2)}**`);
    // Ridge (L2) with λ = 1: the slope's denominator grows by λ.
    const ridgeSlope = sxy / (sxx + 1);
    contains(text, `slope = 9 / (5 + 1) = **${ridgeSlope}**`);
    contains(text, `= **${yBar - ridgeSlope * xBar}**`);
    // The cubic through the four points, by Lagrange interpolation, at x = 5.
    const cubicAt = (x: number) =>
      xs.reduce((sum, xi, i) => sum + ys[i]! * xs.reduce((product, xj, j) => (j === i ? product : (product * (x - xj)) / (xi - xj)), 1), 0);
    expect(xs.map(cubicAt).map((v) => Math.round(v * 1e9) / 1e9)).toEqual(ys);
    contains(text, `the cubic predicts **${Math.round(cubicAt(5))}**`);
    contains(text, `predicts **${slope * 5 + intercept}**`);
  });
  it('one step of gradient descent, and the step that diverges', () => {
    const xs = [1, 2, 3];
    const ys = [3, 5, 7];
    const loss = (w: number, b: number) => mean(xs.map((x, i) => (w * x + b - ys[i]!) ** 2));
    const gradW = 2 * mean(xs.map((x, i) => (0 * x + 0 - ys[i]!) * x));
    const gradB = 2 * mean(ys.map((y) => -y));
    contains(text, `≈ ${fixed(gradW, 2)}`);
    contains(text, `= 2 · (−5) = ${fixed(gradB, 0)}`);
    contains(text, `w = 0 − 0.05 · (−22.67) ≈ ${fixed(-0.05 * gradW, 2)}`);
    contains(text, `b = 0 − 0.05 · (−10) = ${-0.05 * gradB}`);
    contains(
      text,
      `The loss drops from (9 + 25 + 49) / 3 ≈ ${fixed(loss(0, 0), 1)} to about ${fixed(loss(-0.05 * gradW, -0.05 * gradB), 1)}`,
    );
    contains(text, `jump to about ${fixed(-0.5 * gradW, 1)}`);
    contains(text, `a loss near ${Math.round(loss(-0.5 * gradW, -0.5 * gradB))} instead of ${fixed(loss(0, 0), 1)}`);
  });
  it('the learning-rate limit on scaled and unscaled x', () => {
    // Gradient descent on MSE is stable for lr < 2 / λmax(H), H = 2 · [[mean x², mean x], [mean x, 1]].
    const limit = (xs: number[]) => {
      const m2 = mean(xs.map((x) => x * x));
      const m1 = mean(xs);
      const largest = (m2 + 1 + Math.sqrt((m2 - 1) ** 2 + 4 * m1 * m1)) / 2;
      return { exact: 1 / largest, bound: 1 / m2 };
    };
    const small = limit([1, 2, 3]);
    expect(small.exact).toBeLessThanOrEqual(small.bound);
    contains(text, `exact limit is **${fixed(small.exact, 2)}**`);
    expect(0.05).toBeLessThan(small.exact);
    expect(0.5).toBeGreaterThan(small.exact);
    const metres = limit([1000, 2000, 3000]);
    contains(text, `about\n**${Number(metres.exact.toPrecision(1)).toFixed(7)}**`);
    expect(0.05 / metres.exact).toBeGreaterThan(200_000);
    expect(0.05 / metres.exact).toBeLessThan(300_000);
    contains(text, 'more than 200,000 times too large');
    const firstStep = -0.05 * 2 * mean([1000, 2000, 3000].map((x, i) => -[3, 5, 7][i]! * x));
    contains(text, `from 0 to about **${grouped(firstStep)}**`);
    expect(limit([-1.224744871391589, 0, 1.224744871391589]).exact).toBeCloseTo(1, 12);
  });
  it('class weights after a stratified split', () => {
    contains(text, `holds ${0.8 * 20} frauds and ${0.8 * 980} other payments`);
    contains(text, `784 / 16 = **${784 / 16}**`);
  });
});

describe('evaluation and validation', () => {
  const text = lesson('evaluation-and-validation');
  const truth = [20, 30, 25, 40];
  const a = [22, 28, 27, 30];
  const b = [25, 35, 30, 45];
  const mae = (predicted: number[]) => mean(predicted.map((p, i) => Math.abs(p - truth[i]!)));
  const pinball = (predicted: number[], tau: number) =>
    mean(
      predicted.map((p, i) => {
        const r = truth[i]! - p;
        return r > 0 ? tau * r : (1 - tau) * -r;
      }),
    );
  it('MAE, MSE and the quantile loss of models A and B', () => {
    contains(text, `MAE = (2 + 2 + 2 + 10) / 4 = **${fixed(mae(a), 1)}**`);
    contains(text, `(4 + 4 + 4 + 100) / 4 =\n**${fixed(mse(truth, a), 1)}**`);
    contains(text, `MAE = **${fixed(mae(b), 1)}**`);
    contains(text, `(25 + 25 + 25 + 25) / 4 = **${fixed(mse(truth, b), 1)}**`);
    contains(text, `a mean of **${fixed(pinball(a, 0.9), 1)}**`);
    contains(text, `a mean of **${fixed(pinball(b, 0.9), 1)}**`);
    expect(
      mse(
        truth,
        b.map((p) => p - 5),
      ),
    ).toBe(0);
  });
  it('the k = 3 folds over 10 shuffled indices', () => {
    const shuffled = [7, 2, 9, 0, 5, 3, 8, 1, 6, 4];
    contains(text, `the seeded shuffle gives ${shuffled.join(', ')}`);
    const n = 10;
    const k = 3;
    const folds: number[][] = [];
    let start = 0;
    for (let f = 0; f < k; f++) {
      const size = Math.floor(n / k) + (f < n % k ? 1 : 0);
      folds.push(shuffled.slice(start, start + size));
      start += size;
    }
    contains(text, `the folds are {${folds[0]!.join(', ')}},\n{${folds[1]!.join(', ')}} and {${folds[2]!.join(', ')}}`);
    contains(
      text,
      `sizes ${folds
        .map((fold) => fold.length)
        .join(', ')
        .replace(/, (\d+)$/, ' and $1')}`,
    );
    const train = [...Array(n).keys()].filter((index) => !folds[0]!.includes(index));
    contains(text, `trains on rows ${train.slice(0, 5).join(', ')}\nand ${train[5]}`);
    expect(train).toHaveLength(6);
  });
  it('confusion matrix, threshold costs, calibration and slices', () => {
    const [tp, fn, fp, tn] = [12, 8, 18, 962];
    expect(tp + fn + fp + tn).toBe(1000);
    contains(text, `12 / 30 = **${fixed(tp / (tp + fp), 2)}**`);
    contains(text, `12 / 20 = **${fixed(tp / (tp + fn), 2)}**`);
    contains(text, `(12 + 962) / 1000 = **${fixed((100 * (tp + tn)) / 1000, 1)}%**`);
    contains(text, `16 / 20 = **${fixed(16 / 20, 2)}**`);
    contains(text, `16 / 70 ≈ **${fixed(16 / 70, 2)}**`);
    contains(text, `30 × 5 + 8 × 200 = **${grouped(30 * 5 + 8 * 200)}**`);
    contains(text, `70 × 5 + 4 × 200 = **${grouped(70 * 5 + 4 * 200)}**`);
    const s = 0.5;
    contains(text, `probability of about **${fixed(s / (s + 49 * (1 - s)), 2)}**`);
    contains(text, `Recall is **${fixed(11 / 16, 2)}** on\ncards and **${fixed(1 / 4, 2)}** on transfers`);
    expect((11 + 1) / (16 + 4)).toBe(0.6);
  });
  it('stratified folds against random folds', () => {
    expect(hypergeometricAtMost(1000, 20, 200, 2)).toBeCloseTo(0.2, 1);
    contains(text, 'about one fold in five 2 or fewer');
  });
});

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
