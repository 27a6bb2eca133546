import { describe, expect, it } from 'vitest';
import { deriveSeed, mulberry32, SeededRandom } from './seeded-random.ts';

describe('seeded randomness', () => {
  it('repeats exactly for the same seed and differs for another', () => {
    const a = Array.from({ length: 5 }, mulberry32(42));
    const b = Array.from({ length: 5 }, mulberry32(42));
    const c = Array.from({ length: 5 }, mulberry32(43));
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    expect(a.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('is pinned: these values must never change, or every stored verdict changes with them', () => {
    const next = mulberry32(1);
    expect([next(), next(), next()]).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
  });

  it('derives different seeds for different labels', () => {
    expect(deriveSeed(7, 'a')).not.toBe(deriveSeed(7, 'b'));
    expect(deriveSeed(7, 'a')).toBe(deriveSeed(7, 'a'));
  });

  it('generates normals with roughly the requested mean and spread', () => {
    const values = new SeededRandom(3).many(5000, (random) => random.normal(10, 2));
    const mean = values.reduce((sum, x) => sum + x, 0) / values.length;
    const sd = Math.sqrt(values.reduce((sum, x) => sum + (x - mean) ** 2, 0) / values.length);
    expect(mean).toBeCloseTo(10, 1);
    expect(sd).toBeCloseTo(2, 1);
  });
});
