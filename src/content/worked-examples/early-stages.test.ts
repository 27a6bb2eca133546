import { describe, expect, it } from 'vitest';
import { contains, fixed, grouped, hypergeometricAtMost, lesson, mean, median, mse, readCsv } from './lesson-math.ts';
/**
 * Recomputes the arithmetic of the lessons' worked examples and checks that the numbers
 * written in the MDX are the computed ones, formatted as the lesson prints them. Editing a
 * number in a lesson without editing the example (or the other way round) fails here.
 */

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
