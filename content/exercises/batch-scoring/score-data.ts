import { fail, returned } from '../../../src/grading/check-kit.ts';
import type { CallOutcome } from '../../../src/grading/protocol.ts';
import type { SeededRandom } from '../../../src/grading/seeded-random.ts';
import { isClose } from '../../../src/grading/tolerance.ts';

/** Data and judgement for the batch-scoring checks. */

export const WHAT = 'scoreBatch';
/** Float32 scoring (rel. error ~1e-7 on |slope·x| ≤ 150) is well inside; a wrong row is off by ≥ 0.5. */
export const TOLERANCE = { atol: 1e-3, rtol: 1e-5 };
export type Cell = number | null;
export interface Model {
  slope: number;
  intercept: number;
}
export const BAD_CELLS: readonly Cell[] = [null, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];

/** A seeded model (|slope| ≥ 0.5, so rows one apart differ by ≥ 0.5) and a fallback far from every prediction. */
export function makeModel(random: SeededRandom): { model: Model; fallback: number } {
  const slope = Math.round(random.between(0.5, 3) * (random.uniform() < 0.5 ? -1 : 1) * 100) / 100;
  const model = { slope, intercept: Math.round(random.between(-5, 5) * 10) / 10 };
  return { model, fallback: Math.round(random.between(300, 400) * 10) / 10 };
}

/** `count` distinct valid xs in [-50, 50], 0.1 apart at least, never 0 unless `withZero`. */
export function validXs(random: SeededRandom, count: number, withZero = false): number[] {
  const xs = new Set<number>(withZero ? [0] : []);
  while (xs.size < count) {
    const x = Math.round(random.between(-50, 50) * 10) / 10;
    if (x !== 0) xs.add(x);
  }
  return shuffle(random, [...xs]);
}

/** A Fisher–Yates shuffle of a copy (the grader's own randomness). */
export function shuffle<T>(random: SeededRandom, values: readonly T[]): T[] {
  const copy = [...values];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = random.int(0, i);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** `values` with each of `bad` inserted at a random position (the first and last rows included sometimes). */
export function withBadRows(random: SeededRandom, values: readonly Cell[], bad: readonly Cell[]): Cell[] {
  const cells = [...values];
  for (const cell of bad) cells.splice(random.int(0, cells.length), 0, cell);
  return cells;
}

export const show = (x: Cell | undefined) => (x === null ? 'null' : String(x));
/** A float32 score as people write it: 0.4, not 0.4000000059604645. */
const short = (n: number) => String(Number(n.toPrecision(7)));

/** The result's two arrays: predictions one per row, fallbackRows any length (judged by the checks). */
export function readScores(
  outcome: CallOutcome,
  xs: readonly Cell[],
  batchSize: number,
): { predictions: unknown[]; fallbackRows: unknown[] } {
  const shape = '{ predictions: number[]; fallbackRows: number[] }';
  if (outcome.status === 'threw') {
    fail(`${WHAT} threw ${outcome.error.name}: ${outcome.error.message} for ${xs.length} rows with batchSize ${batchSize}`);
  }
  const result = returned(outcome, WHAT, shape) as Record<string, unknown> | null;
  if (typeof result !== 'object' || result === null || !Array.isArray(result['predictions']) || !Array.isArray(result['fallbackRows'])) {
    fail(`${WHAT} must return ${shape}`, { actual: result });
  }
  const predictions = result['predictions'];
  if (predictions.length !== xs.length) {
    const last = xs.length % batchSize;
    const chunks = last === 0 ? '' : ` (in chunks of ${batchSize}, the last chunk holds ${last}: score it too)`;
    fail(`predictions has ${predictions.length} values for ${xs.length} rows: one per row, in input order${chunks}`);
  }
  return { predictions, fallbackRows: result['fallbackRows'] };
}

/** Compares predictions with the reference row by row, saying what each wrong row should have got. */
export function expectPredictions(
  actual: readonly unknown[],
  expected: readonly number[],
  xs: readonly Cell[],
  model: Model,
  fallback: number,
): void {
  actual.forEach((value, row) => {
    const x = xs[row]!;
    if (typeof value === 'number' && isClose(value, expected[row]!, TOLERANCE)) return;
    const got = `predictions[${row}] is ${show(value as Cell)}`;
    if (x === null || !Number.isFinite(x)) {
      const reached = value === model.intercept || (typeof value === 'number' && isClose(value, model.intercept, TOLERANCE));
      const why = x === null && reached ? ': that is the model at x = 0, so the null reached a tensor (tf.tensor1d turns null into 0)' : '';
      fail(`${got}, expected the fallback ${fallback}: x is ${show(x)}, so the row is not scored${why}`, {
        expected: fallback,
        actual: value,
      });
    }
    if (value === fallback) {
      fail(
        `${got}, the fallback, but x = ${x} is a valid value: expected ${short(expected[row]!)} (${model.slope} · ${x} + ${model.intercept})${x === 0 ? '; 0 is a value, test with Number.isFinite, not for falsy' : ''}`,
      );
    }
    fail(
      `${got}, expected ${short(expected[row]!)} for x = ${x} (${model.slope} · x + ${model.intercept}; tolerance atol 1e-3, rtol 1e-5)`,
      {
        expected: expected[row],
        actual: value,
      },
    );
  });
}

/** Requires fallbackRows to be exactly the bad rows, ascending, naming what is missing, extra or out of order. */
export function expectFallbackRows(actual: readonly unknown[], expected: readonly number[], xs: readonly Cell[]): void {
  if (actual.length === expected.length && actual.every((row, i) => row === expected[i])) return;
  const list = (rows: readonly unknown[]) => `[${rows.join(', ')}]`;
  const rowText = (row: number) => `${row} (x = ${show(xs[row])})`;
  const missing = expected.filter((row) => !actual.includes(row));
  const extra = actual.filter((row) => typeof row !== 'number' || !expected.includes(row));
  let why: string;
  if (missing.length > 0) why = `missing rows ${missing.map(rowText).join(', ')}: null, NaN, Infinity and -Infinity all fall back`;
  else if (extra.length > 0)
    why = `rows ${extra.map((row) => (typeof row === 'number' ? rowText(row) : String(row))).join(', ')} should not be there`;
  else if (actual.length !== expected.length) why = 'each row must be listed once';
  else why = 'the right rows, but not in ascending order';
  fail(`fallbackRows is ${list(actual)}, expected ${list(expected)}: ${why}`, { expected, actual });
}
