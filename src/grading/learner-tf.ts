import type * as Core from '@tensorflow/tfjs-core';
import type { LoadedTf } from './learner-harness.ts';
import type { WatchedEngine } from './tensor-watch.ts';
import { prepareTf } from './tf-backend.ts';
import { lockProperty } from './captured-intrinsics.ts';

/**
 * TF.js namespaces as an environment loads them: core (with ops, gradients and chained ops
 * registered) and layers, whose names may be getters that load it on first use.
 */
export interface TfNamespaces {
  core: typeof Core;
  layers: object;
}

/**
 * The TF.js a learner's `import * as tf from '@tensorflow/tfjs'` gets, the same in the
 * browser worker and the Node thread: tfjs-core's API and the layers API (tf.metrics,
 * tf.losses, tf.sequential…) on the cpu backend, nothing more. Left out on purpose:
 * tfjs-data, whose Node build reads files (tf.data.FileDataSource would read anything on
 * disk), tfjs-converter (model loading from URLs) and the GPU backends.
 *
 * `nextFrame` waits one macrotask in both environments: the real one waits for an
 * animation frame where the realm has one (a browser worker, throttled in a background
 * tab) and a tick in Node, so a correct fit could time out in one and not the other.
 */
export async function learnerTf({ core, layers }: TfNamespaces): Promise<LoadedTf> {
  await prepareTf(core);
  closePlatform(core.env() as unknown as TfEnvironment);
  const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  const picked: PropertyDescriptorMap = {};
  // Core's names are read once, so each tf.add is a plain property, however core exports it.
  const coreNames = core as unknown as Record<string, unknown>;
  for (const key of Object.keys(core)) if (!(key in EXCLUDED)) picked[key] = { value: coreNames[key], enumerable: true };
  // Layers' are copied as descriptors, not read: the Node thread's bundle hands them out
  // through getters that load layers on first use (bundled-learner-tf.ts).
  for (const [key, { value, get }] of Object.entries(Object.getOwnPropertyDescriptors(layers))) {
    if (!(key in EXCLUDED)) picked[key] = get ? { get, enumerable: true } : { value, enumerable: true };
  }
  // __esModule: the transpiled import uses the object as it is instead of copying it.
  picked['nextFrame'] = { value: nextFrame, enumerable: true };
  picked['__esModule'] = { value: true, enumerable: true };
  const module = Object.freeze(Object.defineProperties({}, picked));
  return { engine: core.engine() as unknown as WatchedEngine, module };
}

/** The parts of TF.js's environment that reach outside the realm. */
interface TfEnvironment {
  global: unknown;
  platform: { fetch: unknown };
}

/**
 * TF.js fetches through its platform: in Node that falls back to `require('node-fetch')`
 * whenever `env().global.fetch` is missing, and `env().global` is a writable field. Both
 * are pinned (the realm's global, whose fetch is blocked) and the platform's fetch throws.
 */
function closePlatform(environment: TfEnvironment): void {
  const refuse = () => {
    throw new Error('fetch is not available: exercises run without network, files, storage or other workers');
  };
  lockProperty(environment.platform, 'fetch', refuse);
  lockProperty(environment, 'platform', environment.platform);
  lockProperty(environment, 'global', globalThis);
}

/** Names a namespace may carry that learners do not get (the full Node bundle has them). */
const EXCLUDED: Record<string, true> = { data: true, default: true };
