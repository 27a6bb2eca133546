import Module, { createRequire } from 'node:module';
import type * as Core from '@tensorflow/tfjs-core';
import type { LoadedTf } from '../../grading/learner-harness.ts';
import { learnerTf } from '../../grading/learner-tf.ts';
import { LEFT_OUT_TF_PACKAGES } from './left-out-tf-packages.ts';

const require = createRequire(import.meta.url);

/**
 * TF.js for a Node learner thread, the same parts as the browser worker's
 * (src/components/exercise/load-learner-tf.ts): tfjs-core with its gradients and chained
 * ops (x.mean(), x.sub()), the cpu backend, and layers. Node cannot load tfjs-core's
 * ES-module files (their imports have no extensions), and only the union package's Node
 * build registers the gradients and chained ops, so the union package is required for
 * those registrations with its other dependencies resolved to an empty module; the
 * learner is then handed core's and layers' namespaces, exactly the browser's API.
 *
 * `require`, not `import()`: importing CommonJS from an ES module makes Node scan the
 * source for its export names, which cost more than running it.
 */
export async function loadLearnerTf(): Promise<LoadedTf> {
  // An empty module stands in for each left-out package (the union reads only their version
  // strings). Placed in require's cache, which Node documents as writable: module hooks
  // would do it too, but they send every file TF.js loads through a slower path.
  const standIns = LEFT_OUT_TF_PACKAGES.map((name) => require.resolve(name));
  for (const path of standIns) {
    const empty = new Module(path);
    empty.loaded = true;
    require.cache[path] = empty;
  }
  try {
    require('@tensorflow/tfjs');
  } finally {
    for (const path of standIns) delete require.cache[path];
  }
  const core = require('@tensorflow/tfjs-core') as typeof Core;
  const layers = require('@tensorflow/tfjs-layers') as object;
  return learnerTf({ core, layers });
}
