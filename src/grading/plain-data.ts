/**
 * Copies a value the learner's code returned into plain data (numbers, strings, booleans,
 * null, arrays, plain objects), or says why it cannot be taken as data. Runs inside the
 * learner's realm, before anything is posted to the grader.
 *
 * Why not just structured clone? A clone quietly turns a getter object or a class instance
 * into a plain object and copies NaN-filled typed arrays as-is, so a result could look like
 * `number[]` without being one. Here the structured clone is used only to reject Proxies
 * and functions (it refuses both); the walk below rejects the rest.
 */

import {
  bareList,
  bareObject,
  bareRecord,
  freeze,
  getOwnPropertyDescriptor,
  getOwnPropertyNames,
  getPrototypeOf,
  hasOwn,
} from './captured-intrinsics.ts';
import { cutText } from './cut-text.ts';
import { rowStamps, type RowIdentities } from './row-stamps.ts';

const MAX_DEPTH = 64;
/** The key a row reference is written with; learner data may not use it. */
export const ROW_KEY = '$row';

/** Captured at load, before the learner's code runs, so that code cannot swap them. */
const clone = globalThis.structuredClone;
const isArray = Array.isArray;
const isView = ArrayBuffer.isView;
const ArrayProto = Array.prototype;
const ObjectProto = Object.prototype;

/**
 * One `{ $row: index }` object per index, shared by every copy: a batch of hundreds of
 * results then carries each reference once, since a structured clone (postMessage) copies
 * an object seen twice only once. Frozen, because several results point at it; kept in a
 * null-prototype object, so no getter on a prototype can answer for a missing index.
 */
const rowReferences = bareRecord<Readonly<{ $row: number }>>();
// An object literal defines its properties (no setter runs), so the reference is what it says.
const rowReference = (index: number) => (rowReferences[index] ??= freeze({ $row: index }));

/** The value as plain data, or the reason it is not plain data. */
export type PlainResult = { ok: true; value: unknown } | { ok: false; problem: string };

/** Longest learner-chosen name (a class name, a property key) quoted in a problem. */
const NAME_LIMIT = 60;

function kindOf(value: object): string {
  const name = (getPrototypeOf(value) as { constructor?: { name?: unknown } } | null)?.constructor?.name;
  return typeof name === 'string' && name !== '' ? `a ${cutText(name, NAME_LIMIT)}` : 'an object with a custom prototype';
}

/**
 * Converts `value` to plain data. Objects listed in `rows` are replaced by `{ $row: index }`
 * so the grader can check identity (every input row exactly once) across realms.
 * `detectProxies` is a plain flag rather than an options object, which a destructuring
 * default would read through a possibly polluted Object.prototype.
 */
export function toPlainData(value: unknown, rows: RowIdentities = rowStamps(), detectProxies = true): PlainResult {
  // A structured clone is the one way to tell a Proxy from what it wraps, and it costs more
  // than the walk. Statistical batches skip it: a Proxy read once through its traps yields
  // the same plain copy that returning the data would, so it cannot buy a verdict; the
  // exercise's ordinary calls still reject it.
  if (detectProxies) {
    try {
      clone(value);
    } catch {
      return { ok: false, problem: 'it cannot be copied as plain data (a function, a Proxy or an object with methods)' };
    }
  }
  // The objects from the root down to the one being copied: a cycle is an object that is
  // its own ancestor. A short list scanned by hand (depth is at most MAX_DEPTH) costs less
  // than a Set, and this runs for every object of every result.
  const onPath = bareList<object>();
  const isOnPath = (item: object) => {
    for (let i = 0; i < onPath.length; i += 1) if (onPath[i] === item) return true;
    return false;
  };

  const walk = (item: unknown, depth: number): unknown => {
    if (item === null || typeof item !== 'object') {
      if (typeof item === 'function' || typeof item === 'symbol') throw new TypeError(`it contains a ${typeof item}`);
      return item;
    }
    const row = rows.get(item);
    if (row !== undefined) return rowReference(row);
    if (depth > MAX_DEPTH) throw new TypeError('it is nested too deeply');
    if (isOnPath(item)) throw new TypeError('it contains a cycle');
    if (isView(item)) throw new TypeError(`it contains ${kindOf(item)}, not a plain array (use Array.from)`);
    const prototype = getPrototypeOf(item);
    onPath[onPath.length] = item;
    try {
      if (isArray(item)) {
        if (prototype !== ArrayProto) throw new TypeError('it contains an array with a custom prototype');
        const copy = bareList<unknown>();
        for (let i = 0; i < item.length; i += 1) copy[i] = walk(item[i], depth + 1);
        return copy;
      }
      if (prototype !== ObjectProto && prototype !== null) throw new TypeError(`it contains ${kindOf(item)}, not a plain object`);
      const copy = bareObject<unknown>();
      const keys = getOwnPropertyNames(item);
      for (let i = 0; i < keys.length; i += 1) {
        const key = keys[i]!;
        // Otherwise `{ $row: 3 }` written by the learner would pass for input row #3.
        if (key === ROW_KEY)
          throw new TypeError(`it contains an object with a "${ROW_KEY}" property, which the grader reserves for input rows`);
        const descriptor = getOwnPropertyDescriptor(item, key)!;
        if (!hasOwn(descriptor, 'value')) throw new TypeError(`its property "${cutText(key, NAME_LIMIT)}" is a getter, not a value`);
        copy[key] = walk(descriptor.value, depth + 1);
      }
      return copy;
    } finally {
      onPath.length -= 1;
    }
  };

  try {
    return { ok: true, value: walk(value, 0) };
  } catch (error) {
    return { ok: false, problem: error instanceof TypeError ? error.message : 'it could not be read as plain data' };
  }
}
