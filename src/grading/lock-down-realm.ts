import { lockProperty } from './captured-intrinsics.ts';

/**
 * Closes the doors of a learner realm that plain JavaScript can close, the same way in the
 * browser worker and the Node thread so that both give the same verdict. Call it after the
 * harness has captured what it needs, before any learner code runs.
 *
 * - Network and storage: fetch, XMLHttpRequest, WebSocket, WebSocketStream, EventSource,
 *   WebTransport, RTC, importScripts, FontFace and fonts (which load URLs), caches,
 *   indexedDB, navigator.storage (origin-private files), locks, serviceWorker and
 *   sendBeacon throw (absent ones are defined too, so messages stay uniform).
 * - Other realms: Worker, SharedWorker and BroadcastChannel throw, so a submission can
 *   neither start a realm with fewer locks nor talk to another submission.
 * - Code from strings: eval, the Function constructors and setTimeout/setInterval with a
 *   string handler throw (they would reach `import()` and whatever the host offers).
 * - WebAssembly throws: its memories grow outside every heap limit.
 * - Promise's then and constructor are pinned (see pinPromise).
 */

const blocked = (what: string) =>
  function blockedApi(): never {
    throw new Error(`${what} is not available: exercises run without network, files, storage or other workers`);
  };

const BLOCKED_GLOBALS = [
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'EventSource',
  'WebTransport',
  'importScripts',
  'Worker',
  'SharedWorker',
  'BroadcastChannel',
  'WebAssembly',
  'WebSocketStream',
  'FontFace',
  'ReportingObserver',
  'RTCPeerConnection',
  'RTCDataChannel',
  'Notification',
];

// Captured now: learner code may replace Reflect.apply before it calls a timer.
const { apply } = Reflect;

/** setTimeout and setInterval as they were, refusing a string handler (an eval in disguise). */
function refuseStringHandlers(name: 'setTimeout' | 'setInterval'): void {
  const original = globalThis[name] as (handler: unknown, ...rest: unknown[]) => unknown;
  const guarded = function (this: unknown, handler: unknown, ...rest: unknown[]) {
    if (typeof handler !== 'function') throw new TypeError(`${name} needs a function: code in a string is not run in exercises`);
    return apply(original, this, [handler, ...rest]);
  };
  lockProperty(globalThis, name, guarded);
}

/** Storage and network objects (not functions): reading them throws, so `caches.open(…)` says why instead of "is not a function". */
const BLOCKED_OBJECTS = ['caches', 'indexedDB', 'fonts'];
/**
 * The navigator's doors: origin-private files that outlive a run (storage), locks shared
 * across the origin (a channel between realms), service workers, beacons.
 */
const BLOCKED_NAVIGATOR = ['storage', 'locks', 'serviceWorker', 'sendBeacon', 'wakeLock'];

/**
 * Promise's `then` and `constructor` are pinned: `await` resolves a promise through its
 * `then` as soon as `Promise.prototype.constructor` is not Promise, so a replaced pair
 * would hand learner code every outcome the harness awaits.
 */
function pinPromise(): void {
  lockProperty(Promise.prototype, 'then', Promise.prototype.then);
  lockProperty(Promise.prototype, 'constructor', Promise);
}

export function lockDownRealm(): void {
  pinPromise();
  for (const name of BLOCKED_GLOBALS) lockProperty(globalThis, name, blocked(name));
  for (const name of BLOCKED_OBJECTS) {
    Object.defineProperty(globalThis, name, { get: blocked(name), configurable: false, enumerable: false });
  }
  const navigator = (globalThis as { navigator?: object }).navigator;
  if (navigator) {
    for (const name of BLOCKED_NAVIGATOR) {
      Object.defineProperty(navigator, name, { get: blocked(`navigator.${name}`), configurable: false, enumerable: false });
    }
  }
  lockProperty(globalThis, 'eval', blocked('Compiling code from strings (eval)'));
  refuseStringHandlers('setTimeout');
  refuseStringHandlers('setInterval');
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
