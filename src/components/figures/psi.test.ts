import { describe, expect, it } from 'vitest';
import { binShares, psiBand, psiFromShares, quantileEdges, SHARE_FLOOR } from './psi.ts';

// The monitoring lesson's worked example: twelve reference baskets, ten current ones.
const reference = [8, 12, 15, 18, 21, 24, 27, 31, 35, 40, 48, 60];
const current = [14, 19, 25.5, 28, 33, 36, 41, 52, 66, 75];

describe('PSI as the monitoring lesson defines it', () => {
  it('finds the quantile edges 17.25, 25.5 and 36.25', () => {
    const edges = quantileEdges(reference, 4);
    expect(edges[0]).toBeCloseTo(17.25, 12);
    expect(edges[1]).toBeCloseTo(25.5, 12);
    expect(edges[2]).toBeCloseTo(36.25, 12);
  });

  it('counts a value on an edge in the bin below and the extremes in the open end bins', () => {
    const edges = quantileEdges(reference, 4);
    expect(binShares(reference, edges)).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(binShares(current, edges)).toEqual([0.1, 0.2, 0.3, 0.4]);
    expect(binShares([-1000, 1000], edges)).toEqual([0.5, 0, 0, 0.5]);
  });

  it('gives PSI ≈ 0.23 for the worked example: drift', () => {
    const edges = quantileEdges(reference, 4);
    const psi = psiFromShares(binShares(reference, edges), binShares(current, edges));
    expect(psi).toBeCloseTo(0.228, 3);
    expect(psiBand(psi)).toBe('drift');
  });

  it('floors an empty bin at 0.0001: r = 0.25 and no current values adds ≈ 1.96', () => {
    expect(psiFromShares([0.25], [0])).toBeCloseTo((SHARE_FLOOR - 0.25) * Math.log(SHARE_FLOOR / 0.25), 12);
    expect(psiFromShares([0.25], [0])).toBeCloseTo(1.96, 2);
    expect(psiFromShares([0.5, 0.5], [0.5, 0.5])).toBe(0);
  });

  it('reads the bands with 0.1 and 0.2 as the boundaries', () => {
    expect(psiBand(0.099)).toBe('stable');
    expect(psiBand(0.1)).toBe('watch');
    expect(psiBand(0.2)).toBe('watch');
    expect(psiBand(0.2001)).toBe('drift');
  });
});
