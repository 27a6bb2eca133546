import {
  REPORTS_PER_CALL,
  type ArgSpec,
  type CallOutcome,
  type ErrorInfo,
  type GraderMessage,
  type LearnerMessage,
  type ProgressMessage,
  type ReportedStep,
} from './protocol.ts';
import type { PlaceInSource } from './transpile.ts';
import { cutText } from './cut-text.ts';
import { OUTPUT_LIMIT } from './console-capture.ts';

/** What a realm answered to a request: one of our messages, silence, or death. */
export type RealmReply = { kind: 'message'; message: LearnerMessage } | { kind: 'timeout' } | { kind: 'crashed'; message: string };

/**
 * A learner realm as the grading core sees it. The browser implements it with a Web
 * Worker, Node with a worker thread; both terminate the realm on `dispose`.
 */
export interface LearnerRealm {
  /** Sends `message` and resolves with the realm's answer, or timeout/crash after `timeoutMs`. */
  request(message: GraderMessage, timeoutMs: number): Promise<RealmReply>;
  /** Where the realm sends `report(step, loss)` progress while a call runs (a realm may not stream it). */
  onProgress?(listener: (progress: ProgressMessage) => void): void;
  dispose(): void;
}

/** Streamed progress of a call, as the session passes it on. */
export type ProgressListener = (progress: { step: number; loss: number; count: number }) => void;

/** How the environment hands out realms (fresh each time; it may keep a spare warm). */
export type OpenRealm = () => Promise<LearnerRealm>;

/** Result of loading the learner's module into a realm. */
export type LoadResult =
  | { ok: true; output: string }
  | { ok: false; reason: 'threw' | 'missing-export' | 'timeout' | 'crashed' | 'closed-early'; message: string; output: string };

/**
 * Owns the realm a submission runs in. After a timeout or crash the realm is thrown away
 * and the next call gets a fresh one with the module loaded again, so one runaway check
 * does not take the others down with it.
 */
export class LearnerSession {
  #realm: LearnerRealm | undefined;
  #batchId = 0;

  readonly #open: OpenRealm;
  readonly #code: string;
  readonly #exportNames: string[];
  readonly #loadTimeoutMs: number;
  readonly #placeInSource: PlaceInSource;
  /** Set by the grader for the check that is running; undefined when nobody listens. */
  progress: ProgressListener | undefined;

  /** `placeInSource` maps positions in `code` (the transpiled module) back to the learner's file. */
  constructor(open: OpenRealm, module: { code: string; placeInSource: PlaceInSource }, exportNames: string[], loadTimeoutMs: number) {
    this.#open = open;
    this.#code = module.code;
    this.#placeInSource = module.placeInSource;
    this.#exportNames = exportNames;
    this.#loadTimeoutMs = loadTimeoutMs;
  }

  /**
   * The error as the grader keeps it: its strings capped again on this side (the realm caps
   * them, but a realm's own code may have been subverted), and its position moved from the
   * transpiled code to the learner's file (or dropped if it has none there).
   */
  #placed(error: ErrorInfo): ErrorInfo {
    const { line, column, ...rest } = error;
    const capped = { ...rest, name: cutText(String(rest.name), 100), message: cutText(String(rest.message), 1000) };
    const placed = line === undefined ? undefined : this.#placeInSource({ line, column: column ?? 1 });
    return placed ? { ...capped, ...placed } : capped;
  }

  /** An outcome as the grader keeps it: error placed and capped, output and reports capped. */
  #received(outcome: CallOutcome): CallOutcome {
    const output = cutText(outcome.output, OUTPUT_LIMIT * 2);
    if (outcome.status === 'timeout' || outcome.status === 'crashed') return { ...outcome, output };
    const { reports, ...rest } = outcome;
    const kept = keptReports(reports);
    const checked = { ...rest, output, ...(kept ? { reports: kept } : {}) };
    if (checked.status === 'threw') return { ...checked, error: this.#placed(checked.error) };
    if (checked.problem !== undefined) return { ...checked, problem: cutText(String(checked.problem), 500) };
    return checked;
  }

  /** Opens a realm and loads the module into it. */
  async load(): Promise<LoadResult> {
    this.close();
    const realm = await this.#open();
    this.#realm = realm;
    realm.onProgress?.(({ step, loss, count }) => this.progress?.({ step, loss, count }));
    const reply = await realm.request({ type: 'load', code: this.#code, exportNames: this.#exportNames }, this.#loadTimeoutMs);
    if (reply.kind === 'timeout') {
      this.close();
      return { ok: false, reason: 'timeout', message: `timed out while loading (limit ${this.#loadTimeoutMs} ms)`, output: '' };
    }
    if (reply.kind === 'crashed') {
      this.close();
      return { ok: false, reason: 'crashed', message: `crashed while loading: ${reply.message}`, output: '' };
    }
    const message = reply.message;
    if (message.type === 'loaded') return { ok: true, output: message.output };
    this.close();
    if (message.type === 'load-failed') {
      const error = this.#placed(message.error);
      const where = error.line ? ` at ${error.line}:${error.column ?? 0}` : '';
      const text = message.reason === 'missing-export' ? error.message : `top-level code threw ${error.name}${where}: ${error.message}`;
      return { ok: false, reason: message.reason, message: text, output: cutText(message.output, OUTPUT_LIMIT * 2) };
    }
    return { ok: false, reason: 'closed-early', message: 'the code closed its own worker while loading', output: '' };
  }

  /** Calls the learner's function once per argument list; never throws. */
  async call(argLists: ArgSpec[][], timeoutMs: number, statistical = false, exportName?: string): Promise<CallOutcome[]> {
    if (!this.#realm) {
      const loaded = await this.load();
      if (!loaded.ok) return argLists.map(() => ({ status: 'crashed', message: loaded.message, output: loaded.output, durationMs: 0 }));
    }
    // Unpredictable, so code in the realm cannot answer a call before it is made.
    const batchId = (this.#batchId += 1) * 2 ** 20 + Math.floor(Math.random() * 2 ** 20);
    const reply = await this.#realm!.request(
      { type: 'call', batchId, calls: argLists, statistical, ...(exportName ? { exportName } : {}) },
      timeoutMs,
    );
    if (reply.kind === 'message' && reply.message.type === 'results' && reply.message.batchId === batchId) {
      return reply.message.outcomes.map((outcome) => this.#received(outcome));
    }
    this.close();
    const failure: CallOutcome =
      reply.kind === 'timeout'
        ? { status: 'timeout', output: '', durationMs: timeoutMs }
        : reply.kind === 'crashed'
          ? { status: 'crashed', message: reply.message, output: '', durationMs: 0 }
          : { status: 'crashed', message: 'the code closed its own worker', output: '', durationMs: 0 };
    return argLists.map(() => failure);
  }

  close(): void {
    this.#realm?.dispose();
    this.#realm = undefined;
  }
}

/** Reports as the grader keeps them: finite number pairs only, at most REPORTS_PER_CALL (a subverted realm may send anything). */
function keptReports(reports: unknown): ReportedStep[] | undefined {
  if (!Array.isArray(reports) || reports.length === 0) return undefined;
  const kept = reports
    .slice(0, REPORTS_PER_CALL)
    .filter(
      (item: unknown): item is ReportedStep =>
        typeof item === 'object' &&
        item !== null &&
        Number.isFinite((item as { step?: unknown }).step) &&
        Number.isFinite((item as { loss?: unknown }).loss),
    )
    .map(({ step, loss }) => ({ step, loss }));
  return kept.length > 0 ? kept : undefined;
}
