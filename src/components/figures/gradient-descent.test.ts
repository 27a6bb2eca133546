import { describe, expect, it } from 'vitest';
import { converged, descend, descentStep } from './gradient-descent.ts';

// The training lesson's worked example: three points on y = 2x + 1.
const points = [
  { x: 1, y: 3 },
  { x: 2, y: 5 },
  { x: 3, y: 7 },
];

describe('gradient descent on the lesson numbers', () => {
  it('one step at learning rate 0.05 lands where the lesson says', () => {
    const line = descentStep(points, { slope: 0, intercept: 0 }, 0.05);
    expect(line.slope).toBeCloseTo(1.1333, 4);
    expect(line.intercept).toBeCloseTo(0.5, 12);
    const [start, first] = descend(points, 0.05, 1);
    expect(start!.loss).toBeCloseTo(83 / 3, 12);
    expect(first!.loss).toBeCloseTo(5.5, 1);
  });

  it('one step at learning rate 0.5 overshoots to w ≈ 11.3 and a loss near 572', () => {
    const [, first] = descend(points, 0.5, 1);
    expect(first!.slope).toBeCloseTo(11.33, 2);
    expect(first!.loss).toBeGreaterThan(560);
    expect(first!.loss).toBeLessThan(580);
  });

  it('converges below the limit of 0.18 and diverges above it', () => {
    const slow = descend(points, 0.17, 400);
    expect(converged(slow)).toBe(true);
    expect(slow.at(-1)!.slope).toBeCloseTo(2, 1);
    expect(slow.at(-1)!.intercept).toBeCloseTo(1, 1);
    expect(converged(descend(points, 0.19, 400))).toBe(false);
  });

  it('keeps the starting state and one entry per step', () => {
    const path = descend(points, 0.05, 30);
    expect(path).toHaveLength(31);
    expect(path.map((state) => state.step)).toEqual(Array.from({ length: 31 }, (_, step) => step));
    expect(path[0]).toMatchObject({ slope: 0, intercept: 0 });
  });

  it('a run whose loss ends as NaN did not converge', () => {
    expect(
      converged([
        { step: 0, slope: 0, intercept: 0, loss: 1 },
        { step: 1, slope: NaN, intercept: NaN, loss: NaN },
      ]),
    ).toBe(false);
  });
});
