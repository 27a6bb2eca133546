/** Absolute and relative tolerance for comparing numbers, as in numpy's `isclose`. */
export interface Tolerance {
  rtol: number;
  atol: number;
}

/**
 * numpy's rule: |actual − expected| ≤ atol + rtol·|expected|. NaN and ±Infinity never
 * match a finite expected value (and NaN never matches anything), so a learner cannot
 * pass by returning a non-number.
 */
export function isClose(actual: number, expected: number, { rtol, atol }: Tolerance): boolean {
  if (!Number.isFinite(actual) || !Number.isFinite(expected)) return Object.is(actual, expected) && !Number.isNaN(actual);
  return Math.abs(actual - expected) <= atol + rtol * Math.abs(expected);
}

/** The first index where two equally long arrays differ beyond tolerance, or -1. */
export function firstMismatch(actual: readonly number[], expected: readonly number[], tolerance: Tolerance): number {
  for (let i = 0; i < expected.length; i += 1) {
    if (!isClose(actual[i] ?? Number.NaN, expected[i] ?? Number.NaN, tolerance)) return i;
  }
  return -1;
}
