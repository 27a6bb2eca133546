import type * as TF from '@tensorflow/tfjs-core';

/**
 * The one TF.js backend grading uses, in the browser and in Node, for the grader and for
 * the learner: same backend, same bits. `cpu` runs everywhere without extra files.
 */
export const GRADING_BACKEND = 'cpu';

/**
 * Selects the grading backend and production mode (which only silences TF.js's
 * "install tfjs-node" banner and debug checks; it changes no results).
 */
export async function prepareTf(tf: Pick<typeof TF, 'enableProdMode' | 'setBackend' | 'ready'>): Promise<void> {
  tf.enableProdMode();
  if (!(await tf.setBackend(GRADING_BACKEND))) throw new Error(`TF.js backend "${GRADING_BACKEND}" is not available`);
  await tf.ready();
}
