import { fail, returned } from '../../../src/grading/check-kit.ts';
import type { CallOutcome } from '../../../src/grading/protocol.ts';
import type { SeededRandom } from '../../../src/grading/seeded-random.ts';
import { isClose } from '../../../src/grading/tolerance.ts';

export const WHAT = 'imputeMedian';
/** Medians are input values or averages of two: float32 (rtol ~6e-8) passes, every mistake is off by ≥ 2 in ~50. */
export const TOLERANCE = { rtol: 1e-6, atol: 1e-9 };
type Cell = number | null;

/**
 * `count` distinct values in random order: value i lies in [start + i·step, start + i·step + step/2),
 * rounded to 0.1. Neighbours differ by at least step/2, so every wrong median (a neighbour,
 * a pooled rank, a mean) is visibly different from the right one.
 */
export function spaced(random: SeededRandom, count: number, start: number, step: number): number[] {
  const values = Array.from({ length: count }, (_, i) => Math.round((start + i * step + random.between(0, step / 2)) * 10) / 10);
  return shuffle(random, values);
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

/** `values` with `gaps` (null or NaN) inserted at random positions, none at index 0 so the first cell is always a value. */
export function withGaps(random: SeededRandom, values: readonly number[], gaps: readonly Cell[]): Cell[] {
  const cells: Cell[] = [...values];
  for (const gap of gaps) cells.splice(random.int(1, cells.length), 0, gap);
  return cells;
}

const isMissing = (cell: Cell) => cell === null || Number.isNaN(cell);
const presentOf = (cells: readonly Cell[]) => cells.filter((cell): cell is number => !isMissing(cell));
/** The middle of a list in the order given (the median once it is sorted numerically). */
const middleOf = (ordered: readonly number[]) => {
  const middle = Math.floor(ordered.length / 2);
  return ordered.length % 2 === 1 ? ordered[middle]! : (ordered[middle - 1]! + ordered[middle]!) / 2;
};
const median = (values: readonly number[]) => middleOf([...values].sort((a, b) => a - b));

/** The result's shape: { train: unknown[]; test: unknown[]; median: unknown }. Values are judged by the checks. */
export function readImputed(outcome: CallOutcome): { train: unknown[]; test: unknown[]; median: unknown } {
  const result = returned(outcome, WHAT, '{ train: number[]; test: number[]; median: number }') as Record<string, unknown> | null;
  if (typeof result !== 'object' || result === null || !Array.isArray(result['train']) || !Array.isArray(result['test'])) {
    fail(`${WHAT} must return { train: number[]; test: number[]; median: number }`, { actual: result });
  }
  return { train: result['train'], test: result['test'], median: result['median'] };
}

/** Why a median is wrong, when it matches a known mistake (else ''). */
export function medianMistake(actual: number, train: readonly Cell[], test: readonly Cell[]): string {
  const present = presentOf(train);
  const sorted = [...present].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const known: [number, string][] = [
    [median([...present, ...presentOf(test)]), "the median of train and test together: test's values leak into the fit; use train only"],
    [median(presentOf(test)), "test's median: fit the median on train only"],
    [present.reduce((sum, v) => sum + v, 0) / present.length, 'the mean of the present values; the median is the middle value once sorted'],
    [median(train.map((cell) => (isMissing(cell) ? 0 : cell!))), 'the median with the missing values counted as 0: leave them out'],
    [middleOf([...present].sort()), 'the middle of a text-order sort (1000 before 23): sort with (a, b) => a - b'],
  ];
  if (sorted.length % 2 === 0) {
    const advice = `with ${sorted.length} values, average the two in the middle`;
    known.push(
      [sorted[middle]!, `the upper of the two middle values: ${advice}`],
      [sorted[middle - 1]!, `the lower of the two middle values: ${advice}`],
    );
  }
  return known.find(([value]) => isClose(actual, value, TOLERANCE))?.[1] ?? '';
}

/**
 * Compares a filled split with the reference cell by cell, naming the input cell and what
 * should have happened to it (kept if present, train's median if missing).
 */
export function expectFilled(
  actual: unknown[],
  expected: readonly number[],
  input: readonly Cell[],
  side: string,
  trainMedian: number,
): void {
  if (actual.length !== expected.length) {
    fail(`${side} has ${actual.length} values, expected ${expected.length}: fill the gaps, do not drop or add rows`);
  }
  actual.forEach((cell, i) => {
    if (typeof cell === 'number' && isClose(cell, expected[i]!, TOLERANCE)) return;
    const was = input[i];
    const own = presentOf(input);
    if (isMissing(was ?? null) && side !== 'train' && own.length > 0 && typeof cell === 'number' && isClose(cell, median(own), TOLERANCE)) {
      fail(
        `${side}[${i}] was missing and became ${cell}, the median of ${side}'s own values; expected ${trainMedian}: fit once on train and fill both splits with it`,
      );
    }
    if (Number.isNaN(was)) {
      fail(`${side}[${i}] was NaN and became ${String(cell)}, expected ${trainMedian} (train's median): NaN is missing too`);
    }
    if (was === null) fail(`${side}[${i}] was null and became ${String(cell)}, expected ${trainMedian} (train's median)`);
    const extra =
      was === 0 ? ': 0 is a value, not a gap (test for null and NaN, not for falsy)' : ': present values must be kept as they are';
    fail(`${side}[${i}] was ${String(was)} and became ${String(cell)}${extra}`);
  });
}
