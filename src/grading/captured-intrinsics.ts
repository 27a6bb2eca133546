/**
 * Built-ins the learner harness relies on, captured when the harness loads, before any
 * learner code runs. That code shares the realm and may replace or pollute any global or
 * prototype (Map.prototype.get, Array.prototype.push, a setter or a `value` on
 * Object.prototype). Whatever the harness builds and reads back must not depend on them,
 * or a submission could forge its own result.
 */

const { apply } = Reflect;
const { create, defineProperty, freeze, getOwnPropertyDescriptor, getOwnPropertyNames, getPrototypeOf, hasOwn, setPrototypeOf } = Object;
const ArrayPrototype = Array.prototype;
const clone = globalThis.structuredClone;

export { freeze, getOwnPropertyDescriptor, getOwnPropertyNames, getPrototypeOf, hasOwn, setPrototypeOf };

/** Freezes `value` and keeps its type (Object.freeze's Readonly type would spread into every message type). */
export const frozen = <T>(value: T): T => freeze(value) as T;

/** Defines a property that learner code can neither reassign nor redefine. */
export function lockProperty(target: object, name: string, value: unknown): void {
  defineProperty(target, name, { value, configurable: false, writable: false, enumerable: false });
}

/**
 * Arrays whose prototype chain holds nothing: BareList.prototype, whose own prototype is
 * null. Constructing one costs no setPrototypeOf call (a runtime call that V8 cannot
 * inline), and the harness makes several per learner call. Never handed to learner code
 * (toArray first), so nothing can plant a setter on the prototype they share.
 */
class BareList<T> extends Array<T> {}
setPrototypeOf(BareList.prototype, null);

/**
 * An array whose prototype chain is empty: `list[list.length] = value` then consults no
 * setter that learner code put on Array.prototype, and stays a fast element store. A
 * structured clone (postMessage) turns it into an ordinary array on the other side.
 */
export function bareList<T>(): T[] {
  return new BareList<T>();
}

/**
 * Makes a bare list an ordinary array, in place, for handing to learner code. No copy:
 * a slice of a prototype-less array takes V8's slow generic path, item by item, and rows
 * are copied this way over a thousand times in a statistical check. Write nothing more
 * through the list afterwards: it now consults Array.prototype like any array.
 */
export function toArray<T>(list: T[]): T[] {
  return setPrototypeOf(list, ArrayPrototype) as T[];
}

/** A deep copy of plain data, made with the realm's structuredClone as it was before learner code ran. */
export function copyData<T>(data: T): T {
  return typeof data === 'object' && data !== null ? clone(data) : data;
}

/** An object without a prototype, for the same reason as bareList: a table keyed by names. */
export function bareRecord<V>(): Record<string, V> {
  return create(null) as Record<string, V>;
}

/**
 * Objects whose prototype chain holds nothing, like bareRecord's, but made by a class, so
 * they stay fast objects (Object.create(null) makes a dictionary from the start). Used for
 * the copies of learner results that are posted to the grader: V8 serialises a fast
 * object on its fast path, and a statistical batch posts a thousand of them. The prototype
 * is empty (not even `constructor`) and never handed to learner code.
 */
class BareObject {}
setPrototypeOf(BareObject.prototype, null);
delete (BareObject.prototype as { constructor?: unknown }).constructor;

/** An empty object that inherits nothing (see BareObject). */
export function bareObject<V>(): Record<string, V> {
  return new BareObject() as Record<string, V>;
}

/** Calls `fn` with the items of `args` (a bare list has no iterator to spread). */
export function callWith(fn: (...args: unknown[]) => unknown, args: readonly unknown[]): unknown {
  return apply(fn, undefined, args);
}
