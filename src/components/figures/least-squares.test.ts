import { describe, expect, it } from 'vitest';
import { leastSquares, meanSquaredError, predict } from './least-squares.ts';

const lessonPoints = [
  { x: 1, y: 3 },
  { x: 2, y: 5 },
  { x: 3, y: 8 },
  { x: 4, y: 8 },
];

describe('leastSquares', () => {
  it("gives the training lesson's line and MSE for its four points", () => {
    const line = leastSquares(lessonPoints)!;
    expect(line.slope).toBeCloseTo(1.8, 12);
    expect(line.intercept).toBeCloseTo(1.5, 12);
    expect(meanSquaredError(lessonPoints, line)).toBeCloseTo(0.45, 12);
    expect(predict(line, 5)).toBeCloseTo(10.5, 12);
  });

  it('no other line scores lower than the least-squares line', () => {
    const best = leastSquares(lessonPoints)!;
    const bestLoss = meanSquaredError(lessonPoints, best);
    for (const [dw, db] of [
      [0.1, 0],
      [-0.1, 0],
      [0, 0.1],
      [0, -0.1],
      [0.05, -0.1],
    ] as const) {
      expect(meanSquaredError(lessonPoints, { slope: best.slope + dw!, intercept: best.intercept + db! })).toBeGreaterThan(bestLoss);
    }
  });

  it('has no line when every x is equal or there are too few points', () => {
    expect(
      leastSquares([
        { x: 2, y: 1 },
        { x: 2, y: 5 },
      ]),
    ).toBeNull();
    expect(leastSquares([{ x: 1, y: 1 }])).toBeNull();
  });

  it('a point exactly on the line adds no error', () => {
    expect(meanSquaredError([{ x: 2, y: 5 }], { slope: 2, intercept: 1 })).toBe(0);
    expect(meanSquaredError([], { slope: 2, intercept: 1 })).toBe(0);
  });
});
