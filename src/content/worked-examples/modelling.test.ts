import { describe, expect, it } from 'vitest';
import { contains, fixed, grouped, hypergeometricAtMost, lesson, mean, mse } from './lesson-math.ts';
/**
 * Recomputes the arithmetic of the lessons' worked examples and checks that the numbers
 * written in the MDX are the computed ones, formatted as the lesson prints them. Editing a
 * number in a lesson without editing the example (or the other way round) fails here.
 */

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
    // The snippet formats with weekday: 'short', the helper with 'long': 'Sunday' → 'Sun'.
    contains(text, `days.indexOf(value('weekday')); // ${snippet.dayOfWeek} ('${snippet.weekday!.slice(0, 3)}')`);
    contains(text, `Number(value('hour')); // ${snippet.hourOfDay}`);
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
