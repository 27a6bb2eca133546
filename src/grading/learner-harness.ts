import { bareList, callWith, copyData, identityMap, toArray, type SafeIdentityMap } from './captured-intrinsics.ts';
import { ConsoleCapture } from './console-capture.ts';
import { toPlainData } from './plain-data.ts';
import { mulberry32 } from './seeded-random.ts';
import type { ArgSpec, CallOutcome, ErrorInfo, GraderMessage, LearnerMessage } from './protocol.ts';

/**
 * The part of the grader that lives inside the learner's realm: it evaluates the
 * transpiled module, calls the exported function with the arguments the grader describes,
 * and reports back plain data. It decides nothing: verdicts are made on the other side.
 *
 * Environment-free: the worker entry (browser or Node) passes in TF.js and a `post`
 * function it captured before any learner code ran.
 */

/** The subset of TF.js the harness itself needs (the learner gets the whole module). */
export interface HarnessTf {
  /** TF.js's engine; its `state.numTensors` counts live tensors. */
  engine(): { state: { numTensors: number } };
}

/** TF.js as loaded into a learner realm: what the harness reads, and what `import` gives the learner. */
export interface LoadedTf {
  tf: HarnessTf;
  module: unknown;
}

/** The module specifier learners import TF.js by, the only import an exercise may have. */
const TF_MODULE = '@tensorflow/tfjs';

/** The CommonJS-style wrapper the learner's module runs in. */
export type ModuleFactory = (exports: object, require: (name: string) => unknown, module: object, console: object) => void;

/**
 * Turns the transpiled module into a callable factory. `headerLines` is how many lines the
 * compiler puts before the code, so stack positions can be mapped back to the learner's file.
 */
export interface ModuleCompiler {
  compile(code: string, sourceName: string): ModuleFactory;
  headerLines: number;
}

// Captured at load: the realm's lock-down later replaces the global Function constructor.
const FunctionConstructor = Function;

/** The default compiler: `new Function`, which puts two lines of its own before the body. */
export const functionCompiler: ModuleCompiler = {
  compile: (code, sourceName) =>
    new FunctionConstructor('exports', 'require', 'module', 'console', `${code}\n//# sourceURL=${sourceName}`) as ModuleFactory,
  headerLines: 2,
};

export interface HarnessOptions {
  /**
   * Loads TF.js into the realm, called (once) before code that imports it runs. Code that
   * never imports it does not pay for it: in Node, where every file gets a fresh thread,
   * loading TF.js costs more than grading a plain-JavaScript submission.
   */
  loadTf: () => Promise<LoadedTf>;
  /** Closes the realm's doors; called once, after TF.js is loaded, before any learner code runs. */
  lockDown?: () => void;
  post: (message: LearnerMessage) => void;
  /** How the module is compiled (Node uses vm, so that learners' own eval can be disabled). */
  compiler?: ModuleCompiler;
}

/** Name under which the learner's code appears in stack traces. */
const SOURCE_URL = 'learner.ts';
const now = performance.now.bind(performance);

/** Flattens a thrown value, placing it in the learner's file when the stack allows. */
export function describeError(error: unknown, headerLines = functionCompiler.headerLines): ErrorInfo {
  // Duck-typed rather than instanceof: errors can come from another realm.
  const candidate = error as { name?: unknown; message?: unknown; stack?: unknown } | null;
  if (typeof candidate !== 'object' || candidate === null || typeof candidate.message !== 'string') {
    return { name: 'Error', message: `threw a non-Error value: ${String(error)}` };
  }
  const info: ErrorInfo = { name: typeof candidate.name === 'string' ? candidate.name : 'Error', message: candidate.message };
  const frame = new RegExp(`${SOURCE_URL.replace('.', '\\.')}:(\\d+):(\\d+)`).exec(String(candidate.stack));
  if (frame) {
    info.line = Number(frame[1]) - headerLines;
    info.column = Number(frame[2]);
  }
  return info;
}

/**
 * The engine's live-tensor count, read directly rather than through `tf.memory()`: learner
 * code can replace memory() (on the engine or its prototype) to hide a leak, but not the
 * state object captured here before it runs, which is locked in place so that it cannot be
 * swapped either. (Writing the counter itself is out of reach of any fix inside the realm.)
 */
function lockTensorState(tf: HarnessTf): { numTensors: number } {
  const engine = tf.engine();
  const state = engine.state;
  Object.defineProperty(engine, 'state', { value: state, writable: false, configurable: false });
  return state;
}

/** The harness of one learner realm. */
export interface LearnerHarness {
  /** Handles one message from the grader. */
  handle(message: GraderMessage): Promise<void>;
  /** The capturing console; a worker entry installs it as the realm's global `console`. */
  console: ConsoleCapture['console'];
}

/** Creates the harness for one learner realm. */
export function createLearnerHarness({ loadTf, lockDown, post, compiler = functionCompiler }: HarnessOptions): LearnerHarness {
  const describe = (error: unknown) => describeError(error, compiler.headerLines);
  const capture = new ConsoleCapture();
  let learnerFunction: ((...args: unknown[]) => unknown) | undefined;
  let loadedTf: LoadedTf | undefined;
  let lockedDown = false;

  const requireModule = (name: string): unknown => {
    if (name !== TF_MODULE) throw new Error(`Only '${TF_MODULE}' can be imported in an exercise; '${name}' is not available`);
    // Only reachable with a computed specifier: a written import of TF.js loaded it before the code ran.
    if (!loadedTf) throw new Error(`Import TF.js by name at the top of the file (import * as tf from '${TF_MODULE}')`);
    return loadedTf.module;
  };
  let tensorState: { numTensors: number } | undefined;
  const tensorCount = () => tensorState?.numTensors ?? 0;

  /** Loads TF.js if the code names it (a mention in a comment costs a load, never a wrong verdict), then locks the realm. */
  const prepare = async (code: string) => {
    if (!loadedTf && code.includes(TF_MODULE)) {
      loadedTf = await loadTf();
      tensorState = lockTensorState(loadedTf.tf);
    }
    if (!lockedDown) lockDown?.();
    lockedDown = true;
  };

  const load = (code: string, exportName: string): LearnerMessage => {
    const module = { exports: {} as Record<string, unknown> };
    try {
      compiler.compile(code, SOURCE_URL)(module.exports, requireModule, module, capture.console);
    } catch (error) {
      return { type: 'load-failed', reason: 'threw', error: describe(error), output: capture.drain() };
    }
    const exported = module.exports[exportName];
    if (typeof exported !== 'function') {
      const found = Object.keys(module.exports).filter((key) => key !== '__esModule');
      const message =
        `expected an export named ${exportName}` + (found.length > 0 ? ` (found: ${found.join(', ')})` : ' (the file exports nothing)');
      return { type: 'load-failed', reason: 'missing-export', error: { name: 'ExportError', message }, output: capture.drain() };
    }
    learnerFunction = exported as (...args: unknown[]) => unknown;
    return { type: 'loaded', output: capture.drain() };
  };

  const materialise = (spec: ArgSpec, rows: SafeIdentityMap<number>): unknown => {
    if (spec.kind === 'rng') return mulberry32(spec.seed);
    if (spec.kind === 'rows') {
      const fresh = bareList<object>();
      for (let index = 0; index < spec.rows.length; index += 1) {
        const row = { ...spec.rows[index] };
        rows.set(row, index);
        fresh[index] = row;
      }
      return toArray(fresh);
    }
    // A copy per call: the same argument spec may serve many calls (callMany), and a
    // function that mutates its input must not change what the next call receives.
    return copyData(spec.value);
  };

  // Indexed loops and captured built-ins (see captured-intrinsics.ts): learner code may have
  // replaced Array.prototype's methods and iterator, Map, or polluted Object.prototype.
  const call = async (specs: ArgSpec[], statistical: boolean): Promise<CallOutcome> => {
    const rows = identityMap<number>();
    const args = bareList<unknown>();
    for (let i = 0; i < specs.length; i += 1) args[i] = materialise(specs[i]!, rows);
    const argsAfter = () => {
      const after = bareList<unknown>();
      if (statistical) return after;
      for (let i = 0; i < args.length; i += 1) {
        const copy = specs[i]?.kind === 'rng' ? undefined : toPlainData(args[i], rows);
        after[i] = copy && copy.ok ? copy.value : null;
      }
      return after;
    };
    const tensorsBefore = tensorCount();
    const started = now();
    try {
      const value = await callWith(learnerFunction!, args);
      const durationMs = now() - started;
      const plain = toPlainData(value, rows, !statistical);
      return {
        status: 'returned',
        value: plain.ok ? plain.value : null,
        ...(plain.ok ? {} : { problem: plain.problem }),
        argsAfter: argsAfter(),
        tensorsLeaked: tensorCount() - tensorsBefore,
        output: capture.drain(),
        durationMs,
      };
    } catch (error) {
      return {
        status: 'threw',
        error: describe(error),
        argsAfter: argsAfter(),
        tensorsLeaked: tensorCount() - tensorsBefore,
        output: capture.drain(),
        durationMs: now() - started,
      };
    }
  };

  return {
    console: capture.console,
    async handle(message) {
      if (message.type === 'load') {
        // A TF.js that cannot load is the realm's failure, not the learner's: it rejects and the realm dies.
        await prepare(message.code);
        post(load(message.code, message.exportName));
        return;
      }
      const outcomes = bareList<CallOutcome>();
      for (let i = 0; i < message.calls.length; i += 1) outcomes[i] = await call(message.calls[i]!, message.statistical === true);
      post({ type: 'results', batchId: message.batchId, outcomes });
    },
  };
}
