import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LearnerSession } from '../grading/learner-session.ts';
import type { CallOutcome } from '../grading/protocol.ts';
import { transpileSubmission } from '../grading/transpile.ts';
import { threadRealms } from './thread-realm.ts';

/** The pool of learner threads `grade` uses, with real worker threads: one file per thread, none stalls or poisons the next. */

// A file that counts, in its realm's globals and in TF.js's engine, how many files ran there before it.
const COUNTS_EARLIER_RUNS = `
import * as tf from '@tensorflow/tfjs';
const g = globalThis as { runsHere?: number };
g.runsHere = (g.runsHere ?? 0) + 1;
tf.scalar(1); // left undisposed on purpose: a reused engine would show it to the next file
export function earlierRuns(): number[] {
  return [g.runsHere! - 1, tf.memory().numTensors - 1, tf.tensor1d([1, 2, 3]).mean().dataSync()[0]!];
}`;
const HANGS = 'while (true) {}\nexport function earlierRuns() { return []; }';
const TRIES_TO_EXIT = 'process.exit(3);\nexport function earlierRuns() { return []; }';
const FILLS_HEAP =
  'const hoard: number[][] = [];\nfor (;;) hoard.push(new Array(1_000_000).fill(1));\nexport function earlierRuns() { return []; }';

const pools: { close: () => void }[] = [];
const folders: string[] = [];
afterEach(() => {
  pools.splice(0).forEach((pool) => pool.close());
  folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true }));
});

/** A thread entry file in a fresh folder: `source` runs first, then the real thread (if it gets there). */
function entryFile(source: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'thread-entry-'));
  folders.push(folder);
  const file = join(folder, 'entry.mjs');
  writeFileSync(file, `${source}\nawait import(${JSON.stringify(new URL('./thread/learner-thread.ts', import.meta.url).href)});\n`);
  return file;
}

/** Loads `source` into a realm from `pool` and calls its export once (5 s limits). */
async function run(pool: ReturnType<typeof threadRealms>, source: string): Promise<{ loaded: string; outcome?: CallOutcome | undefined }> {
  const transpiled = transpileSubmission(source);
  if (!transpiled.ok) throw new Error(transpiled.message);
  const session = new LearnerSession(pool.open, transpiled, ['earlierRuns'], 5000);
  try {
    const loaded = await session.load();
    if (!loaded.ok) return { loaded: loaded.reason };
    return { loaded: 'ok', outcome: (await session.call([[]], 5000))[0] };
  } finally {
    session.close();
  }
}

const pool = (spares: number) => {
  const opened = threadRealms(spares, { preloadTf: true });
  pools.push(opened);
  return opened;
};

describe('threadRealms', { timeout: 60_000 }, () => {
  it('turns a thread that cannot be created into a dead realm for the file, not an error for the batch', async () => {
    // Node refuses a bare relative entry in \`new Worker\` itself, as it throws "EAGAIN" there
    // when the host has no memory left for a thread's stack.
    const realms = threadRealms(1, { entry: 'no-such-entry.mjs' });
    pools.push(realms);
    const realm = await realms.open();
    const reply = await realm.request({ type: 'load', code: '', exportNames: [] }, 1000);
    expect(reply).toMatchObject({ kind: 'crashed', message: expect.stringMatching(/^could not start a learner thread \(.+\)$/) });
  });

  it('reports a thread that throws before it is ready as a dead realm with the reason, instead of waiting for it forever', async () => {
    const realms = threadRealms(1, { entry: entryFile("throw new Error('the thread could not load');") });
    pools.push(realms);
    const realm = await realms.open();
    const reply = await realm.request({ type: 'load', code: '', exportNames: [] }, 1000);
    expect(reply).toMatchObject({ kind: 'crashed', message: 'a learner thread failed to start (Error: the thread could not load)' });
  });

  it('gives a file whose thread failed to start one fresh thread, which grades it', async () => {
    // The first thread started fails, as one does when another file has taken the memory for
    // its stack; every later one starts. Without the retry the file would be reported crashed.
    const marker = join(mkdtempSync(join(tmpdir(), 'thread-marker-')), 'started-once');
    folders.push(join(marker, '..'));
    const entry = entryFile(
      `import { existsSync, writeFileSync } from 'node:fs';\n` +
        `if (!existsSync(${JSON.stringify(marker)})) { writeFileSync(${JSON.stringify(marker)}, ''); throw new Error('no memory for a thread'); }`,
    );
    const realms = threadRealms(1, { entry, preloadTf: true });
    pools.push(realms);
    expect(await run(realms, COUNTS_EARLIER_RUNS)).toMatchObject({ loaded: 'ok', outcome: { status: 'returned', value: [0, 0, 2] } });
  });

  it('gives every file a thread of its own, with TF.js loaded ahead and nothing left by the file before', async () => {
    const realms = pool(2);
    for (let i = 0; i < 4; i += 1) {
      expect(await run(realms, COUNTS_EARLIER_RUNS)).toMatchObject({ loaded: 'ok', outcome: { status: 'returned', value: [0, 0, 2] } });
    }
  });

  it('grades the next file normally after one that hangs, tries to exit or crashes its thread (out of memory)', async () => {
    const realms = pool(1);
    const fresh = { loaded: 'ok', outcome: { status: 'returned', value: [0, 0, 2] } };
    const transpiled = transpileSubmission(HANGS);
    if (!transpiled.ok) throw new Error(transpiled.message);
    const hung = new LearnerSession(realms.open, transpiled, ['earlierRuns'], 500);
    expect(await hung.load()).toMatchObject({ ok: false, reason: 'timeout' });
    hung.close();
    expect(await run(realms, COUNTS_EARLIER_RUNS)).toMatchObject(fresh);
    // process is a stub in a learner thread: exit throws instead of ending the thread.
    expect((await run(realms, TRIES_TO_EXIT)).loaded).toBe('threw');
    expect(await run(realms, COUNTS_EARLIER_RUNS)).toMatchObject(fresh);
    // Filling the heap takes a while on a busy machine: the load limit may strike first.
    expect(['crashed', 'timeout']).toContain((await run(realms, FILLS_HEAP)).loaded);
    expect(await run(realms, COUNTS_EARLIER_RUNS)).toMatchObject(fresh);
  });
});
