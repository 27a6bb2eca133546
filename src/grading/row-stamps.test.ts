import { describe, expect, it } from 'vitest';
import { rowStamps } from './row-stamps.ts';

describe('rowStamps', () => {
  it('knows each stamped row by identity, and nothing else', () => {
    const rows = rowStamps();
    const first = { id: 0 };
    const second = { id: 1 };
    rows.set(first, 0);
    rows.set(second, 1);
    expect(rows.get(first)).toBe(0);
    expect(rows.get(second)).toBe(1);
    expect(rows.get({ id: 0 })).toBeUndefined();
    expect(rows.get({ ...first })).toBeUndefined();
    expect(rows.get(structuredClone(first))).toBeUndefined();
    expect(rows.get(new Proxy(first, {}))).toBeUndefined();
    expect(rows.get(Object.create(first) as object)).toBeUndefined();
  });

  it('does not take a row kept from an earlier call for a row of this one', () => {
    const earlier = rowStamps();
    const kept = { id: 3 };
    earlier.set(kept, 3);
    const now = rowStamps();
    expect(now.get(kept)).toBeUndefined();
    expect(earlier.get(kept)).toBe(3);
  });

  it('restamps a row for a later call, which then owns it', () => {
    const earlier = rowStamps();
    const row = { id: 5 };
    earlier.set(row, 5);
    const later = rowStamps();
    later.set(row, 2);
    expect(later.get(row)).toBe(2);
    expect(earlier.get(row)).toBeUndefined();
  });

  it('leaves no trace a learner could read or copy', () => {
    const rows = rowStamps();
    const row = { id: 7 };
    rows.set(row, 7);
    expect(Reflect.ownKeys(row)).toEqual(['id']);
    expect(Object.getOwnPropertySymbols(row)).toEqual([]);
    expect(JSON.stringify(row)).toBe('{"id":7}');
  });
});
