import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LearnerSession } from '../grading/learner-session.ts';
import { transpileSubmission } from '../grading/transpile.ts';
import { BUNDLE_CACHE, learnerThreadBundle } from './thread-bundle.ts';
import { threadRealms } from './thread-realm.ts';

/** The bundled learner thread `grade` and `verify` use must be the source thread, only faster to start. */

// The learner's whole API, a seeded draw, gradients and a layers metric: what a bundling slip would change.
const PROBE = `
import * as tf from '@tensorflow/tfjs';
export function probe() {
  const grad = tf.grad((x: tf.Tensor) => x.square().sum())(tf.tensor1d([1, 2, 3]));
  return {
    api: Object.keys(tf).sort(),
    draw: Array.from(tf.randomUniform([4], 0, 1, 'float32', 7).dataSync()),
    grad: Array.from(grad.dataSync()),
    mse: tf.metrics.meanSquaredError(tf.tensor1d([1, 2]), tf.tensor1d([2, 4])).dataSync()[0],
    backend: tf.getBackend(),
    dense: Array.from((tf.sequential({ layers: [tf.layers.dense({ units: 1, inputShape: [2], kernelInitializer: 'ones' })] }).predict(tf.tensor2d([[1, 2]])) as tf.Tensor).dataSync()),
  };
}`;

const pools: { close: () => void }[] = [];
afterEach(() => pools.splice(0).forEach((pool) => pool.close()));

async function probeWith(entry: string | undefined): Promise<unknown> {
  const pool = threadRealms(1, { preloadTf: true, opens: 1, ...(entry ? { entry } : {}) });
  pools.push(pool);
  const transpiled = transpileSubmission(PROBE);
  if (!transpiled.ok) throw new Error(transpiled.message);
  const session = new LearnerSession(pool.open, transpiled, ['probe'], 10_000);
  try {
    expect(await session.load()).toMatchObject({ ok: true });
    // Everything but the time the call took.
    const { durationMs: _durationMs, ...outcome } = (await session.call([[]], 10_000))[0]! as { durationMs?: number };
    return outcome;
  } finally {
    session.close();
  }
}

describe('learnerThreadBundle', { timeout: 120_000 }, () => {
  it('bundles the thread from the grading core and TF.js, and names every input in its manifest', async () => {
    const entry = await learnerThreadBundle();
    expect(entry?.startsWith(BUNDLE_CACHE)).toBe(true);
    const { inputs } = JSON.parse(readFileSync(join(BUNDLE_CACHE, 'manifest.json'), 'utf8')) as { inputs: string[] };
    expect(inputs).toContain('src/grading/learner-harness.ts');
    expect(inputs.some((input) => input.includes('@tensorflow/tfjs-core/'))).toBe(true);
    // Asked again, it is the same bundle, not a rebuild.
    expect(await learnerThreadBundle()).toBe(entry);
  });

  it('gives learner code the same TF.js, draws and results as a thread run from source', async () => {
    const entry = await learnerThreadBundle();
    const bundled = await probeWith(entry);
    expect(bundled).toMatchObject({ status: 'returned', value: { backend: 'cpu', grad: [2, 4, 6], mse: 2.5, dense: [3] } });
    expect(bundled).toEqual(await probeWith(undefined));
  });
});
