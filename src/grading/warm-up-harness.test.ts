import { describe, expect, it } from 'vitest';
import { createLearnerHarness, type LoadedTf } from './learner-harness.ts';
import type { ArgSpec, LearnerMessage } from './protocol.ts';
import { warmUpHarness } from './warm-up-harness.ts';

const LEARNER_MODULE = `
exports.split = (rows, fraction, rng) => {
  console.log('called');
  if (!(fraction > 0 && fraction < 1)) throw new RangeError('bad fraction');
  const shuffled = [...rows];
  for (let i = shuffled.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rng() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
  }
  const k = Math.ceil(fraction * rows.length);
  return { test: shuffled.slice(0, k), train: shuffled.slice(k) };
};`;

const rows: ArgSpec = { kind: 'rows', rows: Array.from({ length: 10 }, (_, id) => ({ id })) };
const calls: ArgSpec[][] = [
  [rows, { kind: 'value', value: 0.3 }, { kind: 'rng', seed: 7 }],
  [rows, { kind: 'value', value: 1.5 }, { kind: 'rng', seed: 8 }],
  [rows, { kind: 'value', value: 0.5 }, { kind: 'rng', seed: 4_000_000_000 }],
];

/** What a harness posts for one learner module and two batches (ordinary, then statistical). */
async function grade(warm: boolean): Promise<LearnerMessage[]> {
  const posted: LearnerMessage[] = [];
  const loadTf = (): Promise<LoadedTf> => Promise.reject(new Error('no TF.js here'));
  const harness = createLearnerHarness({ loadTf, post: (message) => posted.push(message) });
  if (warm) await warmUpHarness(harness);
  const start = posted.length;
  await harness.handle({ type: 'load', code: LEARNER_MODULE, exportNames: ['split'] });
  await harness.handle({ type: 'call', batchId: 1, calls });
  await harness.handle({ type: 'call', batchId: 2, calls, statistical: true });
  return posted.slice(start);
}

/** Durations differ from run to run; everything else must not. */
const withoutDurations = (messages: LearnerMessage[]) =>
  JSON.parse(JSON.stringify(messages, (key, value: unknown) => (key === 'durationMs' ? 0 : value))) as unknown;

describe('warm-up of the harness that will serve the learner', () => {
  it('leaves no trace: a warmed harness answers the learner exactly as a fresh one does', async () => {
    const fresh = await grade(false);
    expect(fresh.map((message) => message.type)).toEqual(['loaded', 'results', 'results']);
    expect(withoutDurations(await grade(true))).toEqual(withoutDurations(fresh));
  });

  it('leaves none of its own functions callable once the learner module is loaded', async () => {
    const posted: LearnerMessage[] = [];
    const harness = createLearnerHarness({ loadTf: () => Promise.reject(new Error('unused')), post: (message) => posted.push(message) });
    await warmUpHarness(harness);
    await harness.handle({ type: 'load', code: 'exports.split = () => 1;', exportNames: ['split'] });
    // Arguments the warm-up function answers with a split: it must not get to answer at all.
    await harness.handle({ type: 'call', batchId: 1, calls: [calls[0]!], exportName: 'warmUp' });
    expect(posted.at(-1)).toMatchObject({ type: 'results', outcomes: [{ status: 'threw' }] });
  });

  it('still requires the learner to export a name the warm-up module exported', async () => {
    const posted: LearnerMessage[] = [];
    const harness = createLearnerHarness({ loadTf: () => Promise.reject(new Error('unused')), post: (message) => posted.push(message) });
    await warmUpHarness(harness);
    await harness.handle({ type: 'load', code: 'exports.other = () => 1;', exportNames: ['warmUp'] });
    expect(posted.at(-1)).toMatchObject({ type: 'load-failed', reason: 'missing-export' });
  });
});
