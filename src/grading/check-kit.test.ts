import { describe, expect, it } from 'vitest';
import { rowIndex } from './check-kit.ts';

describe('rowIndex', () => {
  it('reads an input row reference, and nothing that only resembles one', () => {
    expect(rowIndex({ $row: 3 })).toBe(3);
    expect(rowIndex({ $row: 0 })).toBe(0);
    expect(rowIndex({ $row: 3, id: 3 })).toBeUndefined();
    expect(rowIndex({ $row: '3' })).toBeUndefined();
    expect(rowIndex({ id: 3 })).toBeUndefined();
    expect(rowIndex(Object.create({ $row: 3 }) as object)).toBeUndefined();
    expect(rowIndex(null)).toBeUndefined();
    expect(rowIndex(3)).toBeUndefined();
  });
});
