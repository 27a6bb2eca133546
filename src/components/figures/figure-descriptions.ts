import { converged, descend } from './gradient-descent.ts';
import { leastSquares, meanSquaredError, type Point } from './least-squares.ts';
import { psiBand, type PsiBand } from './psi.ts';
import { foldOfIndex, splitSides } from './split-folds.ts';
import type { DriftState } from './drift-scenario.ts';

/**
 * The lesson numbers each figure starts from, and the sentences that state what a figure
 * shows. The build renders the first sentence into the page (readable before any script
 * runs) and the figure rewrites it, through the same function, after every change.
 */

/** The training lesson's closed-form example. */
export const FIT_POINTS: readonly Point[] = [
  { x: 1, y: 3 },
  { x: 2, y: 5 },
  { x: 3, y: 8 },
  { x: 4, y: 8 },
];
/** The training lesson's gradient-descent example: three points on y = 2x + 1. */
export const DESCENT_POINTS: readonly Point[] = [
  { x: 1, y: 3 },
  { x: 2, y: 5 },
  { x: 3, y: 7 },
];
export const DESCENT_STEPS = 30;
/** Rows in the evaluation figure: enough that a 5% step of the test fraction moves one row. */
export const SPLIT_ROWS = 20;

/** A number with fixed decimals and the typographic minus the lessons print. */
export const fixed = (value: number, digits: number): string => (Object.is(value, -0) ? 0 : value).toFixed(digits).replace('-', '−');

/** A number for a sentence: fixed decimals while readable, scientific when it has exploded. */
const readable = (value: number, digits: number): string =>
  !Number.isFinite(value) ? 'infinite' : Math.abs(value) >= 1e6 ? value.toExponential(1).replace('-', '−') : fixed(value, digits);

/** "rows 1, 4 and 9" */
const list = (values: readonly number[]): string =>
  values.length <= 1 ? values.join('') : `${values.slice(0, -1).join(', ')} and ${values.at(-1)}`;

/** The least-squares figure: the line's parameters and its MSE, or why there is no line. */
export function describeFit(points: readonly Point[]): string {
  const where = points.map((point) => `(${fixed(point.x, 1)}, ${fixed(point.y, 1)})`).join(', ');
  const line = leastSquares(points);
  if (!line) return `Points ${where}. Every x is equal, so no single line fits best: move a point sideways.`;
  const loss = meanSquaredError(points, line);
  return `Slope ${fixed(line.slope, 2)}, intercept ${fixed(line.intercept, 2)}, MSE ${fixed(loss, 2)}. Points ${where}.`;
}

/** The gradient-descent figure: where the parameters and the loss end up after DESCENT_STEPS steps. */
export function describeDescent(learningRate: number): string {
  const path = descend(DESCENT_POINTS, learningRate, DESCENT_STEPS);
  const last = path.at(-1)!;
  const start = path[0]!.loss;
  const verdict = !converged(path)
    ? 'diverging: each step overshoots'
    : last.loss < start / 100
      ? 'converging towards slope 2 and intercept 1'
      : 'converging, but still far from slope 2 and intercept 1';
  return (
    `Learning rate ${fixed(learningRate, 2)}: after ${DESCENT_STEPS} steps slope ${readable(last.slope, 2)}, ` +
    `intercept ${readable(last.intercept, 2)}, loss ${readable(last.loss, 3)} (it started at ${fixed(start, 1)}), ${verdict}.`
  );
}

/** The split half of the evaluation figure. */
export function describeSplit(testFraction: number, seed: number): string {
  const sides = splitSides(SPLIT_ROWS, testFraction, seed);
  const test = sides.flatMap((side, index) => (side === 'test' ? [index] : []));
  return (
    `Test fraction ${fixed(testFraction, 2)}: ${test.length} of ${SPLIT_ROWS} rows go to test ` +
    `(row${test.length === 1 ? '' : 's'} ${list(test)}) and ${SPLIT_ROWS - test.length} to training.`
  );
}

/** The cross-validation half of the evaluation figure. */
export function describeFolds(k: number, seed: number): string {
  const folds = foldOfIndex(SPLIT_ROWS, k, seed);
  const members = Array.from({ length: k }, (_, fold) => folds.flatMap((value, index) => (value === fold ? [index] : [])));
  const rounds = members.map((rows, fold) => `round ${fold + 1} validates on rows ${list(rows)}`).join('; ');
  return `k = ${k}: folds of ${list(members.map((rows) => rows.length))} rows; ${rounds}. Every row validates exactly once.`;
}

const BAND_TEXT: Record<PsiBand, string> = {
  stable: 'below 0.1: stable',
  watch: 'between 0.1 and 0.2: worth watching',
  drift: 'above 0.2: drift',
};

/** The monitoring figure: the sliders' position, the PSI and how the course reads it. */
export function describeDrift(state: DriftState): string {
  const sign = state.shift > 0 ? '+' : '';
  return `Mean shifted by ${sign}${fixed(state.shift, 1)} €, spread ×${fixed(state.widen, 2)}: PSI ${fixed(state.psi, 3)}, ${BAND_TEXT[psiBand(state.psi)]}.`;
}
