import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

/** Helpers for the worked-example tests: read a lesson, format numbers as lessons print them, and the little maths they recompute. */

const lessonsDirectory = join(import.meta.dirname, '../../../content/lessons');
export const lesson = (name: string): string => readFileSync(join(lessonsDirectory, `${name}.mdx`), 'utf8');

/** Fixed decimals with the typographic minus the lessons use. */
export const fixed = (value: number, digits: number): string => value.toFixed(digits).replace('-', '−');
/** Thousands separated by commas, as in "58,000". */
export const grouped = (value: number): string => Math.round(value).toLocaleString('en-US');
/** Whitespace-insensitive containment, so rewrapping a paragraph does not fail the test. */
export const contains = (text: string, expected: string): void => {
  expect(text.replace(/\s+/g, ' ')).toContain(expected.replace(/\s+/g, ' '));
};
export const mean = (values: readonly number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length;
export const mse = (truth: readonly number[], predicted: readonly number[]): number =>
  mean(truth.map((value, index) => (predicted[index]! - value) ** 2));
export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** mulberry32: a small seeded generator, uniform in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
/** Box–Muller: a standard normal value from two uniforms. */
export function normal(rng: () => number): number {
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
export function hypergeometricAtMost(total: number, marked: number, drawn: number, at: number): number {
  let p = 0;
  for (let x = 0; x <= at; x++) {
    p += Math.exp(logChoose(marked, x) + logChoose(total - marked, drawn - x) - logChoose(total, drawn));
  }
  return p;
}

/** A reference RFC 4180 reader: records with the physical line each starts on. */
export function readCsv(text: string): { line: number; fields: string[] }[] {
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
