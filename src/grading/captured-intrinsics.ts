/**
 * Built-ins the learner harness relies on, captured when the harness loads, before any
 * learner code runs. That code shares the realm and may replace or pollute any global or
 * prototype (Map.prototype.get, Array.prototype.push, a setter or a `value` on
 * Object.prototype). Whatever the harness builds and reads back must not depend on them,
 * or a submission could forge its own result.
 */

const { apply } = Reflect;
const { create, defineProperty, freeze, getOwnPropertyDescriptor, getOwnPropertyNames, getPrototypeOf, hasOwn, setPrototypeOf } = Object;
const SafeMap = Map;
const SafeSet = Set;
const { get: mapGet, set: mapSet } = Map.prototype;
const { add: setAdd, delete: setDelete, has: setHas } = Set.prototype;
const { slice } = Array.prototype;
const clone = globalThis.structuredClone;

export { freeze, getOwnPropertyDescriptor, getOwnPropertyNames, getPrototypeOf, hasOwn, setPrototypeOf };

/** Freezes `value` and keeps its type (Object.freeze's Readonly type would spread into every message type). */
export const frozen = <T>(value: T): T => freeze(value) as T;

/** Defines a property that learner code can neither reassign nor redefine. */
export function lockProperty(target: object, name: string, value: unknown): void {
  defineProperty(target, name, { value, configurable: false, writable: false, enumerable: false });
}

/**
 * An array without a prototype: `list[list.length] = value` then consults no setter that
 * learner code put on Array.prototype, and stays a fast element store. A structured clone
 * (postMessage) turns it into an ordinary array on the other side.
 */
export function bareList<T>(): T[] {
  return setPrototypeOf([], null) as T[];
}

/** An ordinary array with a bare list's items, for handing to learner code. */
export function toArray<T>(list: readonly T[]): T[] {
  // slice on a prototype-less array makes a plain Array (no species lookup reaches learner code).
  return apply(slice, list, []) as T[];
}

/** A deep copy of plain data, made with the realm's structuredClone as it was before learner code ran. */
export function copyData<T>(data: T): T {
  return typeof data === 'object' && data !== null ? clone(data) : data;
}

/** An object without a prototype, for the same reason as bareList. */
export function bareRecord<V>(): Record<string, V> {
  return create(null) as Record<string, V>;
}

/** Calls `fn` with the items of `args` (a bare list has no iterator to spread). */
export function callWith(fn: (...args: unknown[]) => unknown, args: readonly unknown[]): unknown {
  return apply(fn, undefined, args);
}

/** An identity map whose methods learner code cannot replace. */
export interface SafeIdentityMap<V> {
  get(key: object): V | undefined;
  set(key: object, value: V): void;
}

export function identityMap<V>(): SafeIdentityMap<V> {
  const map = new SafeMap<object, V>();
  return freeze({
    get: (key: object) => apply(mapGet, map, [key]) as V | undefined,
    set: (key: object, value: V) => void apply(mapSet, map, [key, value]),
  });
}

/** A set of objects whose methods learner code cannot replace. */
export interface SafeObjectSet {
  has(value: object): boolean;
  add(value: object): void;
  delete(value: object): void;
}

export function objectSet(): SafeObjectSet {
  const set = new SafeSet<object>();
  return freeze({
    has: (value: object) => apply(setHas, set, [value]) as boolean,
    add: (value: object) => void apply(setAdd, set, [value]),
    delete: (value: object) => void apply(setDelete, set, [value]),
  });
}
