import { describe, expect, it } from 'vitest';
import type { GraderMessage } from './protocol.ts';
import { RealmChannel } from './realm-channel.ts';

function channel() {
  const sent: GraderMessage[] = [];
  let terminated = false;
  const realm = new RealmChannel({ send: (message) => sent.push(message), terminate: () => (terminated = true) }, Promise.resolve());
  return { realm, sent, isTerminated: () => terminated };
}

describe('RealmChannel', () => {
  it('settles a call only with the results of that call, ignoring forged or stray messages', async () => {
    const { realm } = channel();
    const reply = realm.request({ type: 'call', batchId: 42, calls: [] }, 1000);
    await Promise.resolve();
    realm.receive({ status: 'pass' });
    realm.receive({ type: 'loaded', output: '' });
    realm.receive({ type: 'results', batchId: 41, outcomes: [] });
    realm.receive({ type: 'results', batchId: 42, outcomes: [{ status: 'timeout', output: '', durationMs: 1 }] });
    expect(await reply).toEqual({
      kind: 'message',
      message: { type: 'results', batchId: 42, outcomes: [{ status: 'timeout', output: '', durationMs: 1 }] },
    });
  });

  it('times out and terminates a realm that does not answer', async () => {
    const { realm, isTerminated } = channel();
    expect(await realm.request({ type: 'load', code: '', exportNames: ['f'] }, 5)).toEqual({ kind: 'timeout' });
    expect(isTerminated()).toBe(true);
  });

  it('reports a death to the request in flight and to every later one', async () => {
    const { realm } = channel();
    const reply = realm.request({ type: 'load', code: '', exportNames: ['f'] }, 1000);
    await Promise.resolve();
    realm.die('it ran out of memory');
    expect(await reply).toEqual({ kind: 'crashed', message: 'it ran out of memory' });
    expect(await realm.request({ type: 'load', code: '', exportNames: ['f'] }, 1000)).toEqual({
      kind: 'crashed',
      message: 'it ran out of memory',
    });
  });

  it('passes progress of the call in flight to the listener, without settling the call', async () => {
    const { realm } = channel();
    const seen: number[] = [];
    realm.onProgress((progress) => seen.push(progress.step));
    const reply = realm.request({ type: 'call', batchId: 7, calls: [] }, 1000);
    await Promise.resolve();
    realm.receive({ type: 'progress', batchId: 7, step: 1, loss: 2, count: 1 });
    realm.receive({ type: 'progress', batchId: 8, step: 2, loss: 2, count: 2 });
    realm.receive({ type: 'results', batchId: 7, outcomes: [] });
    realm.receive({ type: 'progress', batchId: 7, step: 3, loss: 2, count: 3 });
    expect(await reply).toMatchObject({ kind: 'message', message: { type: 'results', batchId: 7 } });
    expect(seen).toEqual([1]);
  });
});
