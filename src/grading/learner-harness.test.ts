import { describe, expect, it, vi } from 'vitest';
import { createLearnerHarness, type LoadedTf } from './learner-harness.ts';
import type { ArgSpec, CallOutcome, LearnerMessage } from './protocol.ts';

/** A fake TF.js engine with the methods the harness watches: tensors are plain objects. */
function fakeEngine() {
  const state = { numTensors: 0, tensorInfo: new WeakMap<object, unknown>() };
  const engine = {
    state,
    reset: () => undefined,
    trackTensor: (tensor: object) => {
      state.numTensors += 1;
      state.tensorInfo.set((tensor as { dataId: object }).dataId, {});
    },
    disposeTensor: (tensor: object) => {
      state.numTensors -= 1;
      state.tensorInfo.delete((tensor as { dataId: object }).dataId);
    },
    makeTensor(values: unknown) {
      const tensor = { values, dataId: {} };
      this.trackTensor(tensor);
      return tensor;
    },
  };
  const module = {
    engine: () => engine,
    tensor: (values: number[]) => engine.makeTensor(values),
    dispose: (tensor: object) => engine.disposeTensor(tensor),
  };
  return { engine, module };
}

/** A harness whose TF.js is a fake engine, and the messages it posts. */
function harnessWithFakeTf() {
  const posted: LearnerMessage[] = [];
  const events: string[] = [];
  const loadTf = vi.fn(async (): Promise<LoadedTf> => {
    events.push('loadTf');
    return fakeEngine();
  });
  const lockDown = vi.fn(() => void events.push('lockDown'));
  const harness = createLearnerHarness({ loadTf, lockDown, post: (message) => posted.push(message) });
  const load = (code: string) => harness.handle({ type: 'load', code, exportNames: ['f'] });
  const call = () => harness.handle({ type: 'call', batchId: 1, calls: [[]] });
  const outcome = () => (realm_last(posted) as { outcomes: CallOutcome[] }).outcomes[0]!;
  const harnessHandle = (calls: ArgSpec[][], statistical: boolean) => harness.handle({ type: 'call', batchId: 1, calls, statistical });
  return { posted, events, loadTf, lockDown, load, call, outcome, harnessHandle };
}

const realm_last = (posted: LearnerMessage[]) => posted.at(-1);

describe('learner harness: TF.js on demand', () => {
  it('does not load TF.js for code that never imports it, and still locks down first', async () => {
    const realm = harnessWithFakeTf();
    await realm.load('exports.f = () => 1;');
    expect(realm.loadTf).not.toHaveBeenCalled();
    expect(realm.lockDown).toHaveBeenCalledTimes(1);
    expect(realm.posted.at(-1)).toMatchObject({ type: 'loaded' });
    await realm.call();
    expect(realm.posted.at(-1)).toMatchObject({ type: 'results', outcomes: [{ status: 'returned', value: 1, tensors: { leaked: 0 } }] });
  });

  it('loads TF.js once, before lock-down and before the code runs, when the code imports it', async () => {
    const realm = harnessWithFakeTf();
    await realm.load(`const tf = require('@tensorflow/tfjs'); exports.f = () => { tf.tensor([1]); return 2; };`);
    expect(realm.events).toEqual(['loadTf', 'lockDown']);
    await realm.call();
    // The harness counts tensors with the TF.js it loaded, so a leak is seen.
    expect(realm.posted.at(-1)).toMatchObject({ type: 'results', outcomes: [{ status: 'returned', value: 2, tensors: { leaked: 1 } }] });
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

  it("counts tensors itself: writing the engine's counter, replacing memory() or the engine's methods hides no leak", async () => {
    const realm = harnessWithFakeTf();
    await realm.load(`const tf = require('@tensorflow/tfjs');
      exports.f = () => {
        tf.tensor([1, 2]);
        const engine = tf.engine();
        engine.state.numTensors -= 1;
        engine.memory = () => ({ numTensors: 0 });
        try { engine.trackTensor = () => {}; } catch {}
        try { Object.defineProperty(engine, 'disposeTensor', { value: () => {} }); } catch {}
        return 3;
      };`);
    await realm.call();
    expect(realm.outcome()).toMatchObject({
      status: 'returned',
      value: 3,
      tensors: { leaked: 1, largestFromData: 2, nonFiniteFromData: 0 },
    });
  });

  it('resolves outcomes that a getter on Object.prototype.then can neither see nor rewrite', async () => {
    const realm = harnessWithFakeTf();
    await realm.load(`const tf = require('@tensorflow/tfjs');
      exports.f = () => {
        tf.tensor([Number.NaN]);
        Object.defineProperty(Object.prototype, 'then', { configurable: true, get() {
          if (this && this.status === 'returned') { this.tensors = { leaked: 0 }; this.value = 'forged'; }
          return undefined;
        } });
        return 4;
      };`);
    await realm.call();
    delete (Object.prototype as Record<string, unknown>)['then'];
    expect(realm.outcome()).toMatchObject({ status: 'returned', value: 4, tensors: { leaked: 1, nonFiniteFromData: 1 } });
  });

  it('judges thrown errors by class, carried as data: a RangeError subclass is one, a plain object named RangeError is not', async () => {
    const realm = harnessWithFakeTf();
    await realm.load(`class OutOfRange extends RangeError { constructor() { super('x'); this.name = 'OutOfRange'; } }
      let calls = 0;
      exports.f = () => { calls += 1; if (calls === 1) throw new OutOfRange(); throw { name: 'RangeError', message: 'fake' }; };`);
    await realm.call();
    expect(realm.outcome()).toMatchObject({ status: 'threw', error: { name: 'OutOfRange', kinds: ['RangeError', 'Error'] } });
    await realm.call();
    expect(realm.outcome()).toMatchObject({ status: 'threw', error: { name: 'RangeError', kinds: [] } });
  });

  it('describes values that cannot be printed instead of dying, and caps huge messages', async () => {
    const realm = harnessWithFakeTf();
    await realm.load(`let calls = 0;
      exports.f = () => {
        calls += 1;
        if (calls === 1) throw Object.create(null);
        throw new Error('x'.repeat(5_000_000));
      };`);
    await realm.call();
    expect(realm.outcome()).toMatchObject({
      status: 'threw',
      error: { message: 'threw a non-Error value: a value that cannot be printed' },
    });
    await realm.call();
    const { error } = realm.outcome() as Extract<CallOutcome, { status: 'threw' }>;
    expect(error.message.length).toBeLessThan(1100);
  });

  it('runs a module with top-level await', async () => {
    const realm = harnessWithFakeTf();
    await realm.load(`const ready = await Promise.resolve(5); exports.f = () => ready;`);
    await realm.call();
    expect(realm.outcome()).toMatchObject({ status: 'returned', value: 5 });
  });
});

describe('learner harness: report(step, loss)', () => {
  it('keeps the finite reports a call makes, streams the first as progress, and ignores the rest without throwing', async () => {
    const posted: LearnerMessage[] = [];
    const harness = createLearnerHarness({ loadTf: async () => fakeEngine(), post: (message) => posted.push(message) });
    const global = globalThis as { report?: unknown };
    global.report = harness.report;
    try {
      await harness.handle({
        type: 'load',
        code: `report(9, 9); exports.f = (n) => { if (n) { report(0, 4); report(1, NaN); report('2', 1); report(2, 1); } return 1; };`,
        exportNames: ['f'],
      });
      await harness.handle({ type: 'call', batchId: 5, calls: [[{ kind: 'value', value: 1 }], [{ kind: 'value', value: 0 }]] });
    } finally {
      delete global.report;
    }
    const progress = posted.filter((message) => message.type === 'progress');
    expect(progress).toEqual([{ type: 'progress', batchId: 5, step: 0, loss: 4, count: 1 }]);
    const { outcomes } = posted.at(-1) as { outcomes: CallOutcome[] };
    expect(outcomes[0]).toMatchObject({
      status: 'returned',
      reports: [
        { step: 0, loss: 4 },
        { step: 2, loss: 1 },
      ],
    });
    // A call that reports nothing carries no reports at all.
    expect(outcomes[1]).not.toHaveProperty('reports');
  });
});

describe('learner harness: input rows', () => {
  it('knows the rows of this call wherever they are returned, and nothing that only looks like them', async () => {
    const realm = harnessWithFakeTf();
    await realm.load(`
      let kept;
      exports.f = (rows, mode) => {
        const earlier = kept;
        kept = rows[0];
        if (mode === 'earlier') return earlier;
        if (mode === 'copy') return { ...rows[0] };
        if (mode === 'proxy') return new Proxy(rows[1], {});
        // The harness builds lists on a shared prototype-less prototype; none may reach learner code.
        if (mode === 'array') return Object.getPrototypeOf(rows) === Array.prototype && Array.isArray(rows);
        return { picked: [rows[2], rows[0]], nested: [[rows[1]]] };
      };`);
    const rows = { kind: 'rows', rows: [{ id: 0 }, { id: 1 }, { id: 2 }] } as const;
    const outcomes = async (statistical: boolean) => {
      const modes = ['rows', 'earlier', 'copy', 'proxy', 'array'];
      await realm.harnessHandle(
        modes.map((mode) => [rows, { kind: 'value', value: mode }]),
        statistical,
      );
      return Array.from(
        (realm_last(realm.posted) as { outcomes: CallOutcome[] }).outcomes,
        (outcome) => (outcome as { value?: unknown }).value,
      );
    };
    for (const statistical of [false, true]) {
      const [own, earlier, copy, proxy, ordinaryArray] = await outcomes(statistical);
      expect(ordinaryArray).toBe(true);
      expect(own).toEqual({ picked: [{ $row: 2 }, { $row: 0 }], nested: [[{ $row: 1 }]] });
      expect(earlier).toEqual({ id: 0 });
      expect(copy).toEqual({ id: 0 });
      // A Proxy is refused outright where proxies are looked for, and copied where not: never row #1.
      expect(proxy).toEqual(statistical ? { id: 1 } : null);
    }
  });
});

describe('learner harness: fresh rows for every call', () => {
  it('never hands a call a row object that an earlier call of the batch could have changed', async () => {
    const realm = harnessWithFakeTf();
    // Marks the rows it picks and never clears the marks, as learner code may: with rows
    // shared across calls, later calls would see the marks (and such code would loop forever).
    await realm.load(`exports.f = (rows) => { const seen = rows.some((row) => row.taken); rows[0].taken = true; return seen; };`);
    const rows = { kind: 'rows', rows: [{ id: 0 }, { id: 1 }] } as const;
    for (const statistical of [false, true]) {
      await realm.harnessHandle([[rows], [rows], [rows]], statistical);
      const values = Array.from(
        (realm_last(realm.posted) as { outcomes: CallOutcome[] }).outcomes,
        (outcome) => (outcome as { value?: unknown }).value,
      );
      expect(values).toEqual([false, false, false]);
    }
  });
});
