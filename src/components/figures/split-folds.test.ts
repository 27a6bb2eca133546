import { describe, expect, it } from 'vitest';
import { foldOfIndex, shuffledIndices, splitSides } from './split-folds.ts';

describe('shuffledIndices', () => {
  it('is a permutation that depends only on the seed', () => {
    const order = shuffledIndices(20, 7);
    expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, index) => index));
    expect(shuffledIndices(20, 7)).toEqual(order);
    expect(shuffledIndices(20, 8)).not.toEqual(order);
  });
});

describe('splitSides', () => {
  it('puts ⌈fraction × n⌉ indices in test', () => {
    const count = (fraction: number) => splitSides(20, fraction, 1).filter((side) => side === 'test').length;
    expect(count(0.25)).toBe(5);
    expect(count(0.21)).toBe(5);
    expect(count(0.05)).toBe(1);
    expect(count(0.15)).toBe(3);
  });

  it('a larger fraction keeps every test row of a smaller one (same shuffle)', () => {
    const small = splitSides(20, 0.2, 3);
    const large = splitSides(20, 0.4, 3);
    small.forEach((side, index) => {
      if (side === 'test') expect(large[index]).toBe('test');
    });
  });
});

describe('foldOfIndex', () => {
  it("sizes the folds like the lesson's n = 10, k = 3 example: 4, 3, 3", () => {
    const folds = foldOfIndex(10, 3, 5);
    expect([0, 1, 2].map((fold) => folds.filter((value) => value === fold).length)).toEqual([4, 3, 3]);
  });

  it('gives every index exactly one fold, with sizes differing by at most one', () => {
    for (let k = 2; k <= 10; k += 1) {
      const folds = foldOfIndex(20, k, 11);
      expect(folds).toHaveLength(20);
      const sizes = Array.from({ length: k }, (_, fold) => folds.filter((value) => value === fold).length);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      expect(sizes.reduce((a, b) => a + b)).toBe(20);
    }
  });

  it('rejects k outside 2 … n', () => {
    expect(() => foldOfIndex(10, 1, 1)).toThrow(RangeError);
    expect(() => foldOfIndex(10, 11, 1)).toThrow(RangeError);
    expect(() => foldOfIndex(10, 2.5, 1)).toThrow(RangeError);
  });
});
