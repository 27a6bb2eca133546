import { describe, expect, it } from 'vitest';
import { rowsForBatch, rowsForOneCall } from './call-rows.ts';

const spec = { kind: 'rows', rows: [{ id: 0 }, { id: 1 }, { id: 2 }] } as const;

describe('call rows', () => {
  it('gives every ordinary call copies of its own, known only to that call', () => {
    const first = rowsForOneCall();
    const second = rowsForOneCall();
    const a = first.arrayFor(spec);
    const b = second.arrayFor(spec);
    expect(a).toEqual(spec.rows);
    expect(a[0]).not.toBe(spec.rows[0]);
    expect(b[0]).not.toBe(a[0]);
    expect(first.identities.get(a[2]!)).toBe(2);
    expect(second.identities.get(a[2]!)).toBeUndefined();
  });

  it('gives the calls of a batch the same row objects, each in an array of its own', () => {
    const batch = rowsForBatch();
    const a = batch.arrayFor(spec);
    const b = batch.arrayFor(spec);
    expect(b).not.toBe(a);
    expect(Object.getPrototypeOf(a)).toBe(Array.prototype);
    expect(b[1]).toBe(a[1]);
    a.reverse();
    expect(b.map((row) => batch.identities.get(row))).toEqual([0, 1, 2]);
    // Another rows argument in the same batch gets rows of its own.
    const other = batch.arrayFor({ kind: 'rows', rows: [{ id: 0 }] });
    expect(other[0]).not.toBe(b[0]);
    // Rows of another batch are not this batch's rows.
    expect(rowsForBatch().identities.get(b[0]!)).toBeUndefined();
  });
});
