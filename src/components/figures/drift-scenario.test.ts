import { describe, expect, it } from 'vitest';
import { BINS, driftScenario } from './drift-scenario.ts';

describe('driftScenario', () => {
  it('starts stable: the same shape gives a PSI well below 0.1 with about 10% of the reference per bin', () => {
    const state = driftScenario(0, 1);
    expect(state.psi).toBeLessThan(0.02);
    expect(state.referenceShares).toHaveLength(BINS);
    for (const share of state.referenceShares) expect(share).toBeCloseTo(0.1, 2);
  });

  it('crosses 0.1 and then 0.2 as the mean moves by a few euros', () => {
    const psis = [0, 2, 4, 6, 8].map((shift) => driftScenario(shift, 1).psi);
    for (let i = 1; i < psis.length; i += 1) expect(psis[i]!).toBeGreaterThan(psis[i - 1]!);
    expect(psis.some((psi) => psi > 0.1 && psi <= 0.2)).toBe(true);
    expect(psis.at(-1)!).toBeGreaterThan(0.2);
  });

  it('widening alone also drifts, and shifting either way counts', () => {
    expect(driftScenario(0, 1.6).psi).toBeGreaterThan(0.2);
    expect(driftScenario(-8, 1).psi).toBeGreaterThan(0.2);
  });

  it('current shares always add up to 1', () => {
    const total = driftScenario(12, 0.5).currentShares.reduce((a, b) => a + b);
    expect(total).toBeCloseTo(1, 12);
  });
});
