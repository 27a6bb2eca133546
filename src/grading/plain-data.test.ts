import { describe, expect, it } from 'vitest';
import { toPlainData } from './plain-data.ts';
import { rowStamps } from './row-stamps.ts';

describe('toPlainData', () => {
  it('copies plain data, keeping NaN and infinities for the grader to judge', () => {
    const result = toPlainData({ a: [1, Number.NaN, Number.NEGATIVE_INFINITY], b: 'x', c: null });
    expect(result).toEqual({ ok: true, value: { a: [1, Number.NaN, Number.NEGATIVE_INFINITY], b: 'x', c: null } });
  });

  it('rejects a Proxy even when it pretends to be an array', () => {
    const proxy = new Proxy([1, 2, 3], {});
    expect(toPlainData(proxy)).toMatchObject({ ok: false, problem: expect.stringContaining('Proxy') });
  });

  it('reads a Proxy once, as data, on the statistical path that skips the clone', () => {
    const proxy = new Proxy([1, 2, 3], {});
    expect(toPlainData(proxy, undefined, false)).toEqual({ ok: true, value: [1, 2, 3] });
    // Everything else is still refused there.
    expect(toPlainData({ slope: () => 1 }, undefined, false)).toEqual({ ok: false, problem: 'it contains a function' });
  });

  it('rejects functions and objects with methods', () => {
    expect(toPlainData(() => 1).ok).toBe(false);
    expect(toPlainData({ valueOf: () => 0.5 }).ok).toBe(false);
  });

  it('rejects getters, which a structured clone would silently flatten', () => {
    const tricky = Object.defineProperty({}, 'slope', { get: () => 2, enumerable: true });
    expect(toPlainData(tricky)).toEqual({ ok: false, problem: 'its property "slope" is a getter, not a value' });
  });

  it('rejects class instances and typed arrays with a hint', () => {
    class Box {
      value = 1;
    }
    expect(toPlainData(new Box())).toEqual({ ok: false, problem: 'it contains a Box, not a plain object' });
    expect(toPlainData([new Float32Array([1])])).toEqual({
      ok: false,
      problem: 'it contains a Float32Array, not a plain array (use Array.from)',
    });
  });

  it('reports input rows by index, so identity survives the copy', () => {
    const rows = [{ id: 0 }, { id: 1 }];
    const index = new Map<object, number>(rows.map((row, i) => [row, i]));
    expect(toPlainData({ test: [rows[1]], train: [rows[0], { id: 0 }] }, index)).toEqual({
      ok: true,
      value: { test: [{ $row: 1 }], train: [{ $row: 0 }, { id: 0 }] },
    });
  });

  it('rejects cycles instead of looping', () => {
    const a: { self?: unknown } = {};
    a.self = a;
    expect(toPlainData(a)).toEqual({ ok: false, problem: 'it contains a cycle' });
  });

  it('refuses objects that pose as row references', () => {
    expect(toPlainData({ test: [{ $row: 0 }] })).toEqual({
      ok: false,
      problem: 'it contains an object with a "$row" property, which the grader reserves for input rows',
    });
  });

  it('is not fooled by replaced Map, Array and Object.prototype built-ins', () => {
    const rows = [{ id: 0 }, { id: 1 }];
    // The harness's own row identities, made before learner code runs.
    const index = rowStamps();
    rows.forEach((row, i) => index.set(row, i));
    const copy = { id: 1 };
    const getter = Object.defineProperty({}, 'slope', { get: () => 2, enumerable: true });
    const { get } = Map.prototype;
    const { push } = Array.prototype;
    let results: unknown[] = [];
    try {
      // What learner code sharing the realm could do after the harness has loaded.
      Map.prototype.get = function forgedGet(this: Map<unknown, unknown>, key: unknown) {
        return key === copy ? 1 : get.call(this, key);
      };
      Array.prototype.push = function forgedPush(this: unknown[]) {
        return push.call(this, { $row: 0 });
      };
      Object.defineProperty(Object.prototype, 'value', { get: () => 'forged', configurable: true });
      results = [toPlainData({ test: [copy, rows[0]] }, index), toPlainData(getter)];
    } finally {
      Map.prototype.get = get;
      Array.prototype.push = push;
      delete (Object.prototype as { value?: unknown }).value;
    }
    // Compared once the built-ins are back, since the assertions use them too.
    expect(results).toEqual([
      { ok: true, value: { test: [{ id: 1 }, { $row: 0 }] } },
      { ok: false, problem: 'its property "slope" is a getter, not a value' },
    ]);
  });
});
