import { describe, expect, it, vi } from 'vitest';
import { createLearnerHarness, type LoadedTf } from './learner-harness.ts';
import type { LearnerMessage } from './protocol.ts';

/** A harness whose TF.js is a counter, and the messages it posts. */
function harnessWithFakeTf() {
  const posted: LearnerMessage[] = [];
  const events: string[] = [];
  const state = { numTensors: 0 };
  const engine = { state };
  const fakeTf = { engine: () => engine, makeTensor: () => (state.numTensors += 1) };
  const loadTf = vi.fn(async (): Promise<LoadedTf> => {
    events.push('loadTf');
    return { tf: fakeTf, module: fakeTf };
  });
  const lockDown = vi.fn(() => void events.push('lockDown'));
  const harness = createLearnerHarness({ loadTf, lockDown, post: (message) => posted.push(message) });
  const load = (code: string) => harness.handle({ type: 'load', code, exportName: 'f' });
  const call = () => harness.handle({ type: 'call', batchId: 1, calls: [[]] });
  return { posted, events, loadTf, lockDown, load, call };
}

describe('learner harness: TF.js on demand', () => {
  it('does not load TF.js for code that never imports it, and still locks down first', async () => {
    const realm = harnessWithFakeTf();
    await realm.load('exports.f = () => 1;');
    expect(realm.loadTf).not.toHaveBeenCalled();
    expect(realm.lockDown).toHaveBeenCalledTimes(1);
    expect(realm.posted.at(-1)).toMatchObject({ type: 'loaded' });
    await realm.call();
    expect(realm.posted.at(-1)).toMatchObject({ type: 'results', outcomes: [{ status: 'returned', value: 1, tensorsLeaked: 0 }] });
  });

  it('loads TF.js once, before lock-down and before the code runs, when the code imports it', async () => {
    const realm = harnessWithFakeTf();
    await realm.load(`const tf = require('@tensorflow/tfjs'); exports.f = () => { tf.makeTensor(); return 2; };`);
    expect(realm.events).toEqual(['loadTf', 'lockDown']);
    await realm.call();
    // The harness counts tensors with the TF.js it loaded, so a leak is seen.
    expect(realm.posted.at(-1)).toMatchObject({ type: 'results', outcomes: [{ status: 'returned', value: 2, tensorsLeaked: 1 }] });
  });

  it('counts tensors with the engine state it captured, which the code can neither hide nor swap', async () => {
    const realm = harnessWithFakeTf();
    await realm.load(`const tf = require('@tensorflow/tfjs');
      exports.f = () => {
        tf.makeTensor();
        tf.engine().memory = () => ({ numTensors: 0 });
        try { tf.engine().state = { numTensors: 0 }; } catch {}
        return 3;
      };`);
    await realm.call();
    expect(realm.posted.at(-1)).toMatchObject({ type: 'results', outcomes: [{ status: 'returned', value: 3, tensorsLeaked: 1 }] });
  });

  it('explains a computed import of TF.js instead of failing obscurely', async () => {
    const realm = harnessWithFakeTf();
    await realm.load(`const name = ['@tensorflow', 'tfjs'].join('/'); const tf = require(name); exports.f = () => tf;`);
    expect(realm.posted.at(-1)).toMatchObject({
      type: 'load-failed',
      reason: 'threw',
      error: { message: expect.stringMatching(/Import TF\.js by name/) },
    });
  });

  it('refuses other modules by name', async () => {
    const realm = harnessWithFakeTf();
    await realm.load(`require('node:fs'); exports.f = () => 1;`);
    expect(realm.posted.at(-1)).toMatchObject({
      type: 'load-failed',
      error: { message: expect.stringMatching(/'node:fs' is not available/) },
    });
  });
});
