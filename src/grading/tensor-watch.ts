import { getOwnPropertyDescriptor, lockProperty } from './captured-intrinsics.ts';

/** The part of TF.js's engine the watch wraps (all of it is on every TF.js 4 engine). */
export interface WatchedEngine {
  /** The engine's bookkeeping: `tensorInfo` maps a live data id to its record. */
  state: { tensorInfo: WeakMap<object, unknown> };
  reset(): void;
  trackTensor(tensor: object, backend?: unknown): void;
  disposeTensor(tensor: object): void;
  makeTensor(values: unknown, shape: unknown, dtype?: string, backend?: unknown): object;
}

/** What one call did with tensors, seen from outside the learner's reach. */
export interface TensorReport {
  /** Tensors created during the call and still alive after it. */
  leaked: number;
  /** Elements in the largest tensor made from JavaScript data (tf.tensor, tf.scalar, tf.zeros…) during the call; 0 if none. */
  largestFromData: number;
  /** How many tensors made from JavaScript data held NaN or ±Infinity. */
  nonFiniteFromData: number;
}

const { apply } = Reflect;
const { isView } = ArrayBuffer;
const { isArray } = Array;
const { isFinite } = Number;
const SafeSet = Set;
const { add: setAdd, delete: setDelete } = Set.prototype;
const { has: weakMapHas } = WeakMap.prototype;
const setSize = getOwnPropertyDescriptor(Set.prototype, 'size')!.get!;

/** Marks the start of a call, and reports what it did with tensors at the end. */
export interface TensorWatch {
  begin(): void;
  end(): TensorReport;
}

const watches = new WeakMap<object, TensorWatch>();

/**
 * Counts the engine's tensors in a set of our own, kept by wrapping the engine's
 * `trackTensor` and `disposeTensor` before learner code runs (as own properties it cannot
 * reassign). The engine's `state.numTensors` is a plain number the learner can write, and
 * `tf.memory()` a method it can replace, so neither is trusted. Also notes the largest
 * tensor made from JavaScript data and whether any held a non-finite value: that is how
 * the grader tells a batch scored in chunks, and rows kept away from the model.
 */
export function watchTensors(engine: WatchedEngine): TensorWatch {
  // One watch per engine: the wrappers are locked in place, and realms sharing an engine
  // (only the unit tests' in-process realm does) share its watch.
  const existing = watches.get(engine);
  if (existing) return existing;
  const live = new SafeSet<object>();
  const track = engine.trackTensor;
  const dispose = engine.disposeTensor;
  const make = engine.makeTensor;
  // The engine's own record of live data, pinned so that learner code cannot swap it; a
  // reset (which would replace the whole state) is refused.
  const tensorInfo = engine.state.tensorInfo;
  lockProperty(engine.state, 'tensorInfo', tensorInfo);
  lockProperty(engine, 'reset', () => {
    throw new Error('tf.engine().reset() is not available in exercises');
  });
  let largest = 0;
  let nonFinite = 0;
  // Each wrapper works on the engine itself, whatever `this` it is called with: a fake
  // `this` with a state of its own must not make a dispose that did nothing count.
  lockProperty(engine, 'trackTensor', function trackTensor(tensor: object, backend?: unknown) {
    apply(track, engine, [tensor, backend]);
    apply(setAdd, live, [tensor]);
  });
  lockProperty(engine, 'disposeTensor', function disposeTensor(tensor: object) {
    // Gone only if the engine held its data when asked, and let go of it without throwing.
    const dataId = (tensor as { dataId?: unknown } | null)?.dataId;
    const held = typeof dataId === 'object' && dataId !== null && (apply(weakMapHas, tensorInfo, [dataId]) as boolean);
    apply(dispose, engine, [tensor]);
    if (held) apply(setDelete, live, [tensor]);
  });
  lockProperty(engine, 'makeTensor', function makeTensor(values: unknown, shape: unknown, dtype?: string, backend?: unknown) {
    if (isView(values) || isArray(values)) {
      const list = values as ArrayLike<unknown>;
      if (list.length > largest) largest = list.length;
      if (dtype !== 'string') {
        for (let i = 0; i < list.length; i += 1) {
          if (typeof list[i] === 'number' && !isFinite(list[i])) {
            nonFinite += 1;
            break;
          }
        }
      }
    }
    return apply(make, engine, [values, shape, dtype, backend]) as object;
  });
  let before = 0;
  const watch: TensorWatch = {
    begin() {
      before = apply(setSize, live, []) as number;
      largest = 0;
      nonFinite = 0;
    },
    end: () => ({ leaked: (apply(setSize, live, []) as number) - before, largestFromData: largest, nonFiniteFromData: nonFinite }),
  };
  watches.set(engine, watch);
  return watch;
}
