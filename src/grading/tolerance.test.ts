import { describe, expect, it } from 'vitest';
import { firstMismatch, isClose } from './tolerance.ts';

describe('isClose (numpy rule)', () => {
  const tol = { rtol: 1e-2, atol: 1e-2 };

  it('accepts differences within atol + rtol·|expected|', () => {
    expect(isClose(10.11, 10, tol)).toBe(true); // 0.11 ≤ 0.01 + 0.1
    expect(isClose(10.12, 10, tol)).toBe(false);
    expect(isClose(0.009, 0, tol)).toBe(true);
    expect(isClose(-0.011, 0, tol)).toBe(false);
  });

  it('is not symmetric: the tolerance scales with the expected value', () => {
    expect(isClose(0, 100, { rtol: 1, atol: 0 })).toBe(true);
    expect(isClose(100, 0, { rtol: 1, atol: 0 })).toBe(false);
  });

  it('never lets NaN or an infinity stand in for a finite number', () => {
    expect(isClose(Number.NaN, 1, tol)).toBe(false);
    expect(isClose(Number.POSITIVE_INFINITY, 1e308, tol)).toBe(false);
    expect(isClose(Number.NEGATIVE_INFINITY, -5, tol)).toBe(false);
    expect(isClose(Number.NaN, Number.NaN, tol)).toBe(false);
  });

  it('finds the first element out of tolerance', () => {
    expect(firstMismatch([1, 2, 3], [1, 2, 3], tol)).toBe(-1);
    expect(firstMismatch([1, 2.5, 9], [1, 2, 3], tol)).toBe(1);
    expect(firstMismatch([1, 2], [1, 2, 3], tol)).toBe(2);
  });
});
