import type { TensorReport } from './tensor-watch.ts';

/**
 * Every message that crosses between the grader's realm and the learner's realm (a Web
 * Worker in the browser, a worker thread in Node). Only plain data crosses: the verdict is
 * computed on the grader's side from what comes back, so nothing the learner's code does
 * in its own realm can forge a pass.
 */

/** How an argument is materialised inside the learner's realm. */
export type ArgSpec =
  /** Passed as a structured clone. */
  | { kind: 'value'; value: unknown }
  /** A `() => number` in [0, 1), built from the seed inside the learner's realm. */
  | { kind: 'rng'; seed: number }
  /** An array of distinct objects; any of them found in the result is reported by index (identity). */
  | { kind: 'rows'; rows: readonly object[] };

/** A thrown value, flattened to data. */
export interface ErrorInfo {
  name: string;
  message: string;
  /** The standard error classes it is an instance of (RangeError, Error…), judged in its own realm. */
  kinds?: string[];
  /** 1-based position in the learner's own file, when the error could be placed there. */
  line?: number;
  column?: number;
}

/**
 * One `report(step, loss)` the learner's code made during a call (a global in the learner's
 * realm, for a training loop to show its progress). Only finite numbers are kept.
 */
export interface ReportedStep {
  step: number;
  loss: number;
}

/** The most `report` calls kept per call; later ones still stream but are not kept. */
export const REPORTS_PER_CALL = 2000;

/** What happened when the learner's function was called once. */
export type CallOutcome =
  | {
      status: 'returned';
      /** The result as plain data (rows replaced by `{ $row: index }`). */
      value: unknown;
      /** Set when the result could not be taken as plain data (a Proxy, a getter, a function...). */
      problem?: string;
      /** The arguments as they were after the call, to detect mutation. */
      argsAfter: unknown[];
      tensors: TensorReport;
      output: string;
      durationMs: number;
      /** What the call reported with `report(step, loss)`, in order (absent when it reported nothing). */
      reports?: ReportedStep[];
    }
  | {
      status: 'threw';
      error: ErrorInfo;
      argsAfter: unknown[];
      tensors: TensorReport;
      output: string;
      durationMs: number;
      reports?: ReportedStep[];
    }
  /** Filled in on the grader's side: the call did not answer in time, or the realm died. */
  | { status: 'timeout'; output: string; durationMs: number }
  | { status: 'crashed'; message: string; output: string; durationMs: number };

/** Grader → learner realm. */
export type GraderMessage =
  /** Loads the module; every name in `exportNames` must be an exported function (the first is the one calls go to by default). */
  | { type: 'load'; code: string; exportNames: string[] }
  /**
   * `statistical: true` is the lean path for checks that judge only the distribution of
   * hundreds of results: arguments are not copied back (no mutation check) and results
   * are not structure-cloned to detect Proxies (see plain-data.ts).
   */
  | { type: 'call'; batchId: number; calls: ArgSpec[][]; statistical?: boolean; exportName?: string };

/**
 * Page → browser learner worker, once, on the worker's own channel: carries the private
 * MessagePort that every later message travels on, out of reach of the learner's code.
 */
export interface ConnectMessage {
  type: 'connect';
}

/** Learner realm → grader. */
export type LearnerMessage =
  /** The realm is up; code can be loaded (TF.js is loaded by then, or on demand, as the realm decides). */
  | { type: 'ready' }
  | { type: 'loaded'; output: string }
  | { type: 'load-failed'; reason: 'threw' | 'missing-export'; error: ErrorInfo; output: string }
  | { type: 'results'; batchId: number; outcomes: CallOutcome[] }
  /** The learner's code called close() on its own realm. */
  | { type: 'closed-early' }
  | ProgressMessage;

/**
 * Streamed while a call runs: the latest `report(step, loss)` (at most one every ~50 ms) and
 * how many reports the call has made. It answers no request; the page shows it as progress.
 */
export interface ProgressMessage {
  type: 'progress';
  batchId: number;
  step: number;
  loss: number;
  count: number;
}

const LEARNER_TYPES = new Set(['ready', 'loaded', 'load-failed', 'results', 'closed-early', 'progress']);

/**
 * Checks the envelope of a message from the learner's realm. The learner's code can post
 * messages too, so anything that does not look like ours is dropped by the caller.
 */
export function isLearnerMessage(value: unknown): value is LearnerMessage {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  if (typeof type !== 'string' || !LEARNER_TYPES.has(type)) return false;
  if (type === 'results') {
    const { batchId, outcomes } = value as { batchId?: unknown; outcomes?: unknown };
    return typeof batchId === 'number' && Array.isArray(outcomes);
  }
  if (type === 'progress') {
    const { batchId, step, loss, count } = value as Partial<Record<'batchId' | 'step' | 'loss' | 'count', unknown>>;
    return [batchId, step, loss, count].every((field) => typeof field === 'number' && Number.isFinite(field));
  }
  return true;
}
