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
  memory(): { numTensors: number };
}

export interface HarnessOptions {
  tf: HarnessTf;
  /** The module object learners get from `import ... from '@tensorflow/tfjs'`. */
  tfModule: unknown;
  post: (message: LearnerMessage) => void;
}

/** Name under which the learner's code appears in stack traces. */
const SOURCE_URL = 'learner.ts';
/** `new Function` puts two lines of its own before the body. */
const FUNCTION_HEADER_LINES = 2;
const now = performance.now.bind(performance);

/** Flattens a thrown value, placing it in the learner's file when the stack allows. */
export function describeError(error: unknown): ErrorInfo {
  if (!(error instanceof Error)) return { name: 'Error', message: `threw a non-Error value: ${String(error)}` };
  const info: ErrorInfo = { name: error.name, message: error.message };
  const frame = new RegExp(`${SOURCE_URL.replace('.', '\\.')}:(\\d+):(\\d+)`).exec(String(error.stack));
  if (frame) {
    info.line = Number(frame[1]) - FUNCTION_HEADER_LINES;
    info.column = Number(frame[2]);
  }
  return info;
}

/** The harness of one learner realm. */
export interface LearnerHarness {
  /** Handles one message from the grader. */
  handle(message: GraderMessage): Promise<void>;
  /** The capturing console; a worker entry installs it as the realm's global `console`. */
  console: ConsoleCapture['console'];
}

/** Creates the harness for one learner realm. */
export function createLearnerHarness({ tf, tfModule, post }: HarnessOptions): LearnerHarness {
  const capture = new ConsoleCapture();
  let learnerFunction: ((...args: unknown[]) => unknown) | undefined;

  const requireModule = (name: string): unknown => {
    if (name === '@tensorflow/tfjs') return tfModule;
    throw new Error(`Only '@tensorflow/tfjs' can be imported in an exercise; '${name}' is not available`);
  };

  const load = (code: string, exportName: string): LearnerMessage => {
    const module = { exports: {} as Record<string, unknown> };
    try {
      const factory = new Function('exports', 'require', 'module', 'console', `${code}\n//# sourceURL=${SOURCE_URL}`);
      factory(module.exports, requireModule, module, capture.console);
    } catch (error) {
      return { type: 'load-failed', reason: 'threw', error: describeError(error), output: capture.drain() };
    }
    const exported = module.exports[exportName];
    if (typeof exported !== 'function') {
      const found = Object.keys(module.exports).filter((key) => key !== '__esModule');
      const message =
        `expected an export named ${exportName}` +
        (found.length > 0 ? ` (found: ${found.join(', ')})` : ' (the file exports nothing)');
      return { type: 'load-failed', reason: 'missing-export', error: { name: 'ExportError', message }, output: capture.drain() };
    }
    learnerFunction = exported as (...args: unknown[]) => unknown;
    return { type: 'loaded', output: capture.drain() };
  };

  const materialise = (spec: ArgSpec, rows: Map<object, number>): unknown => {
    if (spec.kind === 'rng') return mulberry32(spec.seed);
    if (spec.kind === 'rows') {
      return spec.rows.map((row, index) => {
        const fresh = { ...row };
        rows.set(fresh, index);
        return fresh;
      });
    }
    return spec.value;
  };

  const call = async (specs: ArgSpec[]): Promise<CallOutcome> => {
    const rows = new Map<object, number>();
    const args = specs.map((spec) => materialise(spec, rows));
    const argsAfter = () => args.map((arg, i) => (specs[i]?.kind === 'rng' ? null : toPlainData(arg, rows)));
    const plainArgsAfter = () => argsAfter().map((result) => (result && result.ok ? result.value : null));
    const tensorsBefore = tf.memory().numTensors;
    const started = now();
    try {
      const value = await learnerFunction!(...args);
      const durationMs = now() - started;
      const plain = toPlainData(value, rows);
      return {
        status: 'returned',
        value: plain.ok ? plain.value : null,
        ...(plain.ok ? {} : { problem: plain.problem }),
        argsAfter: plainArgsAfter(),
        tensorsLeaked: tf.memory().numTensors - tensorsBefore,
        output: capture.drain(),
        durationMs,
      };
    } catch (error) {
      return {
        status: 'threw',
        error: describeError(error),
        argsAfter: plainArgsAfter(),
        tensorsLeaked: tf.memory().numTensors - tensorsBefore,
        output: capture.drain(),
        durationMs: now() - started,
      };
    }
  };

  return {
    console: capture.console,
    async handle(message) {
      if (message.type === 'load') {
        post(load(message.code, message.exportName));
        return;
      }
      const outcomes: CallOutcome[] = [];
      for (const specs of message.calls) outcomes.push(await call(specs));
      post({ type: 'results', batchId: message.batchId, outcomes });
    },
  };
}
