import '@tensorflow/tfjs';
import * as core from '@tensorflow/tfjs-core';
import type { LoadedTf } from '../../grading/learner-harness.ts';
import { learnerTf } from '../../grading/learner-tf.ts';

/** The layers API's export names, written in by thread-bundle.ts when it bundles this file. */
declare const LAYERS_NAMES: readonly string[];

let layers: Record<string, unknown> | undefined;
/**
 * Layers, evaluated the first time learner code touches one of its names: about 15 of a
 * thread's 100 CPU-ms, for an API no exercise's solution uses. `require`, so the bundler
 * keeps it a synchronous call to the bundled module, as a getter needs.
 */
const loadLayers = () => (layers ??= require('@tensorflow/tfjs-layers') as Record<string, unknown>);

/**
 * TF.js for a learner thread inside the bundle of thread-bundle.ts: the same API as
 * load-learner-tf.ts (tfjs-core with the union package's gradient and chained-op
 * registrations, the cpu backend, layers), resolved by the bundler, which leaves out the
 * converter, tfjs-data and the WebGL backend as that file's stand-ins do. Only for the
 * bundle: run from source, these imports would load the whole union package.
 */
export function loadLearnerTf(): Promise<LoadedTf> {
  const lazyLayers = Object.defineProperties(
    {},
    Object.fromEntries(LAYERS_NAMES.map((name) => [name, { get: () => loadLayers()[name], enumerable: true }])),
  );
  return learnerTf({ core, layers: lazyLayers });
}
