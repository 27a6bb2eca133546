/**
 * Closes the doors of a learner realm that plain JavaScript can close, the same way in the
 * browser worker and the Node thread so that both give the same verdict: network APIs
 * throw, and so does compiling code from strings (eval and the Function constructors),
 * which would otherwise reach `import()` and whatever the host offers. Call it after the
 * harness has captured what it needs, before any learner code runs.
 */

const blocked = (what: string) =>
  function blockedApi(): never {
    throw new Error(`${what} is not available: exercises run without network, files or processes`);
  };

/** Defines a property that learner code can neither reassign nor redefine. */
export function lockProperty(target: object, name: string, value: unknown): void {
  Object.defineProperty(target, name, { value, configurable: false, writable: false, enumerable: false });
}

/** Network APIs a realm may have; absent ones are defined too, so messages stay uniform. */
const NETWORK_APIS = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'importScripts'];

export function lockDownRealm(): void {
  for (const name of NETWORK_APIS) lockProperty(globalThis, name, blocked(name));
  lockProperty(globalThis, 'eval', blocked('Compiling code from strings (eval)'));
  const constructors = [
    Function,
    (async () => undefined).constructor,
    function* generator() {}.constructor,
    async function* asyncGenerator() {}.constructor,
  ];
  for (const original of constructors) {
    const replacement = blocked('Compiling code from strings (the Function constructor)');
    // Same prototype, so `x instanceof Function` (TF.js relies on it) still works.
    lockProperty(replacement, 'prototype', original.prototype);
    lockProperty(original.prototype as object, 'constructor', replacement);
    if (original === Function) lockProperty(globalThis, 'Function', replacement);
  }
}
