import { bareList, bareRecord, callWith, copyData, frozen, setPrototypeOf, toArray } from './captured-intrinsics.ts';
import { ConsoleCapture } from './console-capture.ts';
import { cutText } from './cut-text.ts';
import { describeError, framePattern } from './describe-error.ts';
import { functionCompiler, type ModuleCompiler } from './module-compiler.ts';
import { toPlainData } from './plain-data.ts';
import { rowStamps, type RowIdentities } from './row-stamps.ts';
import { mulberry32 } from './seeded-random.ts';
import { watchTensors, type TensorReport, type WatchedEngine } from './tensor-watch.ts';
import {
  REPORTS_PER_CALL,
  type ArgSpec,
  type CallOutcome,
  type GraderMessage,
  type LearnerMessage,
  type ReportedStep,
} from './protocol.ts';

/**
 * The part of the grader that lives inside the learner's realm: it evaluates the
 * transpiled module, calls the exported functions with the arguments the grader describes,
 * and reports back plain data. It decides nothing: verdicts are made on the other side.
 *
 * Environment-free: the worker entry (browser or Node) passes in TF.js and a `post`
 * function it captured before any learner code ran. Everything the harness builds and
 * resolves has no prototype, so a getter planted on Object.prototype (a `then` above all,
 * which every promise resolution looks up) never sees or rewrites an outcome.
 */

/** TF.js as loaded into a learner realm: its engine (watched by the harness) and what `import` gives the learner. */
export interface LoadedTf {
  engine: WatchedEngine;
  module: unknown;
}

/** The module specifier learners import TF.js by, the only import an exercise may have. */
const TF_MODULE = '@tensorflow/tfjs';
/** Most export names listed when the expected one is missing. */
const LISTED_EXPORTS = 20;

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
const { keys } = Object;
/** The shortest gap between two streamed progress messages: enough for a live curve, not a flood. */
const PROGRESS_EVERY_MS = 50;
/** A finite number, tested without calling anything learner code could have replaced. */
const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && value - value === 0;

/** An object literal without its prototype: nothing learner code put on Object.prototype is consulted when it is read or resolved. */
const bare = <T extends object>(fields: T): T => setPrototypeOf(fields, null) as T;
/** A bare object that is also frozen: an outcome or message that no hook could rewrite on its way out. */
const sealed = <T extends object>(fields: T): T => frozen(bare(fields));
/** What a call reports where TF.js was never loaded: one sealed object, shared by every outcome. */
const NO_TENSORS: TensorReport = sealed({ leaked: 0, largestFromData: 0, nonFiniteFromData: 0 });

/** The harness of one learner realm. */
export interface LearnerHarness {
  /** Handles one message from the grader. */
  handle(message: GraderMessage): Promise<void>;
  /** The capturing console; a worker entry installs it as the realm's global `console`. */
  console: ConsoleCapture['console'];
  /**
   * `report(step, loss)`: a worker entry installs it as the realm's global `report`, for a
   * training loop to show its loss per step. Kept with the call that made it (see
   * CallOutcome.reports) and streamed as progress; outside a call, or with anything but two
   * finite numbers, it does nothing, and it never throws.
   */
  report: (step: number, loss: number) => void;
}

/** Creates the harness for one learner realm. */
export function createLearnerHarness({ loadTf, lockDown, post, compiler = functionCompiler }: HarnessOptions): LearnerHarness {
  const frame = framePattern(SOURCE_URL);
  const describe = (error: unknown) => describeError(error, frame, compiler.headerLines);
  const capture = new ConsoleCapture();
  let learnerFunctions = bareRecord<(...args: unknown[]) => unknown>();
  let mainExport = '';
  let loadedTf: LoadedTf | undefined;
  let tensors: ReturnType<typeof watchTensors> | undefined;
  let lockedDown = false;
  /** The reports of the call running now (undefined between calls) and the batch it belongs to. */
  let reports: ReportedStep[] | undefined;
  let reportCount = 0;
  let batchId = 0;
  let lastProgress = -Infinity;

  const report = (step: unknown, loss: unknown): void => {
    if (!reports || !isFiniteNumber(step) || !isFiniteNumber(loss)) return;
    reportCount += 1;
    if (reports.length < REPORTS_PER_CALL) reports[reports.length] = sealed({ step, loss });
    const time = now();
    if (time - lastProgress < PROGRESS_EVERY_MS) return;
    lastProgress = time;
    post(sealed({ type: 'progress', batchId, step, loss, count: reportCount }));
  };

  const requireModule = (name: string): unknown => {
    if (name !== TF_MODULE)
      throw new Error(`Only '${TF_MODULE}' can be imported in an exercise; '${cutText(String(name), 100)}' is not available`);
    // Only reachable with a computed specifier: a written import of TF.js loaded it before the code ran.
    if (!loadedTf) throw new Error(`Import TF.js by name at the top of the file (import * as tf from '${TF_MODULE}')`);
    return loadedTf.module;
  };

  /** Loads TF.js if the code names it (a mention in a comment costs a load, never a wrong verdict), then locks the realm. */
  const prepare = async (code: string) => {
    if (!loadedTf && code.includes(TF_MODULE)) {
      loadedTf = await loadTf();
      tensors = watchTensors(loadedTf.engine);
    }
    if (!lockedDown) lockDown?.();
    lockedDown = true;
  };

  const load = async (code: string, exportNames: readonly string[]): Promise<LearnerMessage> => {
    // Only this module's functions are callable from now on: nothing an earlier load left
    // (the warm-up's own module, in a browser spare) can answer for the learner's code.
    learnerFunctions = bareRecord();
    mainExport = '';
    const module = bare({ exports: bare({}) as Record<string, unknown> });
    try {
      // Awaited: a module may use top-level await (the grader's load limit bounds it).
      await compiler.compile(code, SOURCE_URL)(module.exports, requireModule, module, capture.console);
    } catch (error) {
      return sealed({ type: 'load-failed', reason: 'threw', error: describe(error), output: capture.drain() });
    }
    const exported = module.exports;
    for (let i = 0; i < exportNames.length; i += 1) {
      const name = exportNames[i]!;
      const candidate = typeof exported === 'object' && exported !== null ? (exported as Record<string, unknown>)[name] : undefined;
      if (typeof candidate !== 'function') {
        const found = typeof exported === 'object' && exported !== null ? keys(exported).filter((key) => key !== '__esModule') : [];
        const listed = found.slice(0, LISTED_EXPORTS).map((key) => cutText(key, 60));
        const more = found.length > LISTED_EXPORTS ? `, and ${found.length - LISTED_EXPORTS} more` : '';
        const message =
          `expected an export named ${name}` + (found.length > 0 ? ` (found: ${listed.join(', ')}${more})` : ' (the file exports nothing)');
        return sealed({
          type: 'load-failed',
          reason: 'missing-export',
          error: bare({ name: 'ExportError', message }),
          output: capture.drain(),
        });
      }
      learnerFunctions[name] = candidate as (...args: unknown[]) => unknown;
    }
    mainExport = exportNames[0] ?? '';
    return sealed({ type: 'loaded', output: capture.drain() });
  };

  const materialise = (spec: ArgSpec, rows: RowIdentities): unknown => {
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
  const call = async (fn: (...args: unknown[]) => unknown, specs: ArgSpec[], statistical: boolean): Promise<CallOutcome> => {
    const rows = rowStamps();
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
    reports = bareList<ReportedStep>();
    reportCount = 0;
    lastProgress = -Infinity;
    const kept = () => {
      const list = reports!;
      reports = undefined;
      return list.length > 0 ? { reports: frozen(toArray(list)) } : {};
    };
    tensors?.begin();
    const started = now();
    try {
      const value = await callWith(fn, args);
      const durationMs = now() - started;
      const plain = toPlainData(value, rows, !statistical);
      return sealed({
        status: 'returned',
        value: plain.ok ? plain.value : null,
        ...(plain.ok ? {} : { problem: plain.problem }),
        argsAfter: frozen(argsAfter()),
        tensors: tensors ? sealed({ ...tensors.end() }) : NO_TENSORS,
        output: capture.drain(),
        durationMs,
        ...kept(),
      });
    } catch (error) {
      return sealed({
        status: 'threw',
        error: frozen(describe(error)),
        argsAfter: frozen(argsAfter()),
        tensors: tensors ? sealed({ ...tensors.end() }) : NO_TENSORS,
        output: capture.drain(),
        durationMs: now() - started,
        ...kept(),
      });
    }
  };

  return {
    console: capture.console,
    report: (step, loss) => report(step, loss),
    async handle(message) {
      if (message.type === 'load') {
        // A TF.js that cannot load is the realm's failure, not the learner's: it rejects and the realm dies.
        await prepare(message.code);
        post(await load(message.code, message.exportNames));
        return;
      }
      const fn = learnerFunctions[message.exportName ?? mainExport]!;
      batchId = message.batchId;
      const outcomes = bareList<CallOutcome>();
      for (let i = 0; i < message.calls.length; i += 1) outcomes[i] = await call(fn, message.calls[i]!, message.statistical === true);
      post(sealed({ type: 'results', batchId: message.batchId, outcomes: frozen(outcomes) }));
    },
  };
}
