import { expectThrows, fail, returned } from '../../../src/grading/check-kit.ts';
import type { CallOutcome } from '../../../src/grading/protocol.ts';
import type { SeededRandom } from '../../../src/grading/seeded-random.ts';

export const WHAT = 'parseCsv';
const WORDS = ['alice', 'bob', 'Zürich', '42', '3.14', '-7', 'new york', '', 'ok', 'O’Brien'];
const HEADER = ['id', 'name', 'city', 'score', 'note'];

/** What a check's cells may contain beyond plain words (each forces quoting). */
export type Feature = 'commas' | 'quotes' | 'newlines';

const pick = (random: SeededRandom) => WORDS[random.int(0, WORDS.length - 1)]!;
const FEATURES: Record<Feature, (random: SeededRandom) => string> = {
  commas: (random) => `${pick(random)}, ${pick(random)}`,
  quotes: (random) => (random.uniform() < 0.5 ? `say "${pick(random)}"` : `"${pick(random)}"`),
  newlines: (random) => `${pick(random)}\n${pick(random)}`,
};

/**
 * A table (header first) of `columns` columns and `rows` data rows. Each cell has each
 * feature with probability 0.3, and row 1 has every feature for sure, so the check always
 * exercises what it is about.
 */
export function makeTable(random: SeededRandom, columns: number, rows: number, features: readonly Feature[]): string[][] {
  const body = Array.from({ length: rows }, (_, row) =>
    Array.from({ length: columns }, (_, column) => {
      const forced = row === 1 ? features[column % Math.max(features.length, 1)] : undefined;
      const chosen = forced ?? features.find(() => random.uniform() < 0.3);
      return chosen ? FEATURES[chosen](random) : pick(random);
    }),
  );
  return [HEADER.slice(0, columns), ...body];
}

/** One record as CSV: a field is quoted when it must be, and (with quoteSome) sometimes when it need not be. */
export function csvRecord(random: SeededRandom, fields: readonly string[], quoteSome: boolean): string {
  return fields
    .map((field) => (/[",\r\n]/.test(field) || (quoteSome && random.uniform() < 0.25) ? `"${field.replace(/"/g, '""')}"` : field))
    .join(',');
}

export interface Layout {
  eol?: '\n' | '\r\n';
  bom?: boolean;
  finalBreak?: boolean;
  quoteSome?: boolean;
}

/** The whole table as CSV text. */
export function toCsv(random: SeededRandom, table: readonly string[][], layout: Layout = {}): string {
  const { eol = '\n', bom = false, finalBreak = true, quoteSome = false } = layout;
  const text = table.map((fields) => csvRecord(random, fields, quoteSome)).join(eol);
  return (bom ? '\uFEFF' : '') + text + (finalBreak ? eol : '');
}

/** The 1-based physical line where the record after `before` starts (before = the text up to it). */
export const lineAfter = (before: string) => before.split('\n').length;

const show = (value: unknown) => JSON.stringify(value);

/** Why a field differs, when the difference is a known mistake. */
function fieldHint(actual: string, expected: string): string {
  if (actual === `${expected}\r`) return ': it ends with \\r; in a CRLF file the \\r is part of the line break';
  if (actual === `\uFEFF${expected}`) return ': it starts with a byte-order mark (U+FEFF); drop it from the start of the text';
  if (actual.replace(/""/g, '"') === expected) return ': inside quotes, "" stands for one "';
  if (actual === `"${expected.replace(/"/g, '""')}"`) return ': remove the quotes around a quoted field';
  return '';
}

/** Requires { header, rows } equal to `expected` (header first), shapes before values. */
export function expectTable(outcome: CallOutcome, expected: readonly string[][], situation: string): void {
  const result = returned(outcome, WHAT, '{ header: string[]; rows: string[][] }') as { header?: unknown; rows?: unknown } | null;
  if (typeof result !== 'object' || result === null || !Array.isArray(result.header) || !Array.isArray(result.rows)) {
    fail(`${WHAT} must return { header: string[]; rows: string[][] }`, { actual: result });
  }
  const records = [result.header as unknown, ...(result.rows as unknown[])];
  if (records.length !== expected.length) {
    const extra = records.length === expected.length + 1 ? ': a final line break ends the last record, it does not start a new one' : '';
    fail(`${WHAT} returned ${records.length - 1} rows ${situation}, expected ${expected.length - 1}${extra}`, { actual: result.rows });
  }
  records.forEach((record, r) => {
    const where = r === 0 ? 'header' : `row ${r - 1}`;
    if (!Array.isArray(record) || record.some((field) => typeof field !== 'string'))
      fail(`${where} must be an array of strings`, { actual: record });
    const want = expected[r]!;
    if (record.length !== want.length)
      fail(`${where} has ${record.length} fields ${situation}, expected ${want.length}`, { expected: want, actual: record });
    record.forEach((field: string, f) => {
      if (field !== want[f]) {
        fail(`${where}, field ${f} is ${show(field)} ${situation}, expected ${show(want[f])}${fieldHint(field, want[f]!)}`, {
          expected: want,
          actual: record,
        });
      }
    });
  });
}

/** Requires a SyntaxError whose message names `line N` with the given N. */
export function expectSyntaxErrorAt(outcome: CallOutcome, line: number, situation: string, why: string): void {
  expectThrows(outcome, 'SyntaxError', WHAT, situation);
  if (outcome.status !== 'threw') return;
  const named = /\bline\s+(\d+)/i.exec(outcome.error.message);
  if (!named) fail(`the SyntaxError ${situation} should name the line, as in "line ${line}", but says ${show(outcome.error.message)}`);
  if (Number(named[1]) !== line) fail(`the SyntaxError ${situation} names line ${named[1]}, expected line ${line} (${why})`);
}
