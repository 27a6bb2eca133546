/** Time limits for grading one file. */
export interface GradeLimits {
  /** Loading the module (top-level code). */
  loadMs: number;
  /** One round trip of calls. */
  callMs: number;
  /** Everything together; checks left when it runs out are reported as timed out. */
  runMs: number;
}

const DEFAULT_LIMITS: GradeLimits = { loadMs: 5000, callMs: 3000, runMs: 10_000 };

/**
 * The one place that turns what an exercise and a caller ask for into limits: the
 * exercise's `timeLimitMs` (task.md) is the whole run's limit; a per-call limit (the CLI's
 * `--timeout`) bounds loading and each round trip, and the whole run then gets one such
 * slice per check plus one for loading.
 */
export function gradeLimits(timeLimitMs: number | undefined, perCallMs: number | undefined, checkCount: number): GradeLimits {
  const limits = { ...DEFAULT_LIMITS, ...(timeLimitMs ? { runMs: timeLimitMs } : {}) };
  if (!perCallMs) return limits;
  return { loadMs: perCallMs, callMs: perCallMs, runMs: perCallMs * (checkCount + 1) };
}
