import { describe, expect, it } from 'vitest';
import { driftScenario } from './drift-scenario.ts';
import { describeDescent, describeDrift, describeFit, describeFolds, describeSplit, FIT_POINTS } from './figure-descriptions.ts';

describe('figure descriptions', () => {
  it("state the lesson's least-squares numbers, and say when no line exists", () => {
    expect(describeFit(FIT_POINTS)).toMatch(/^Slope 1\.80, intercept 1\.50, MSE 0\.45\./);
    expect(
      describeFit([
        { x: 2, y: 1 },
        { x: 2, y: 4 },
      ]),
    ).toContain('Every x is equal');
  });

  it('tell converging from diverging learning rates', () => {
    expect(describeDescent(0.05)).toMatch(/^Learning rate 0\.05: .*it started at 27\.7\), converging/);
    expect(describeDescent(0.5)).toContain('diverging');
    // Just under the limit of about 0.18 the loss zigzags and falls only slowly.
    expect(describeDescent(0.18)).toContain('converging, but still far');
    expect(describeDescent(0.5)).toMatch(/loss \d\.\de\+\d+/);
  });

  it('list the test rows and the folds', () => {
    expect(describeSplit(0.25, 1)).toMatch(
      /^Test fraction 0\.25: 5 of 20 rows go to test \(rows \d+, \d+, \d+, \d+ and \d+\) and 15 to training\.$/,
    );
    expect(describeSplit(0.05, 1)).toMatch(/1 of 20 rows go to test \(row \d+\)/);
    expect(describeFolds(3, 1)).toMatch(/^k = 3: folds of 7, 7 and 6 rows; round 1 validates on rows/);
  });

  it('read PSI in the three bands', () => {
    expect(describeDrift(driftScenario(0, 1))).toContain('stable');
    expect(describeDrift(driftScenario(3.5, 1))).toContain('worth watching');
    expect(describeDrift(driftScenario(-6, 1))).toMatch(/shifted by −6\.0 €.*drift\.$/);
  });
});
