import { getOwnPropertyDescriptor, lockProperty } from './captured-intrinsics.ts';

/** The part of TF.js's engine the watch wraps (all of it is on every TF.js 4 engine). */
export interface WatchedEngine {
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
  let largest = 0;
  let nonFinite = 0;
  lockProperty(engine, 'trackTensor', function trackTensor(this: unknown, tensor: object, backend?: unknown) {
    apply(track, this, [tensor, backend]);
    apply(setAdd, live, [tensor]);
  });
  lockProperty(engine, 'disposeTensor', function disposeTensor(this: unknown, tensor: object) {
    // Counted as gone only once the engine has let it go: a dispose that throws leaves it counted.
    apply(dispose, this, [tensor]);
    apply(setDelete, live, [tensor]);
  });
  lockProperty(
    engine,
    'makeTensor',
    function makeTensor(this: unknown, values: unknown, shape: unknown, dtype?: string, backend?: unknown) {
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
      return apply(make, this, [values, shape, dtype, backend]) as object;
    },
  );
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
