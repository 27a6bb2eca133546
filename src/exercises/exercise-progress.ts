import type { SavedVerdict } from './progress-file.ts';

/**
 * One exercise's record in the learner's progress: how often they ran it, when last, the
 * best verdict so far, the last verdict (the badge beside Run) and whether they revealed
 * the reference solution. Environment-free: the browser store and the tests share it.
 */
export interface ExerciseProgress {
  attempts: number;
  /** Runs whose verdict was not a pass: three of them offer the solution. */
  failedAttempts: number;
  lastAttemptAt: string | null;
  best: SavedVerdict['status'] | null;
  last: SavedVerdict | null;
  revealedAt: string | null;
}

/** What the sidebar and the progress page show for one exercise. */
export type ExerciseStatus = 'not-started' | 'attempted' | 'passed';

/** Failed runs after which the reference solution is offered without asking. */
export const REVEAL_OFFER_AFTER = 3;

export const emptyProgress = (): ExerciseProgress => ({
  attempts: 0,
  failedAttempts: 0,
  lastAttemptAt: null,
  best: null,
  last: null,
  revealedAt: null,
});

const RANK: Record<SavedVerdict['status'], number> = { error: 0, fail: 1, pass: 2 };

/** The record after one more Run that ended with `verdict`. */
export function recordAttempt(progress: ExerciseProgress, verdict: SavedVerdict): ExerciseProgress {
  const best = progress.best === null || RANK[verdict.status] > RANK[progress.best] ? verdict.status : progress.best;
  return {
    ...progress,
    attempts: progress.attempts + 1,
    failedAttempts: progress.failedAttempts + (verdict.status === 'pass' ? 0 : 1),
    lastAttemptAt: verdict.at,
    best,
    last: verdict,
  };
}

/** The record after the learner revealed the solution (the first reveal's time is kept). */
export const recordReveal = (progress: ExerciseProgress, at: Date): ExerciseProgress => ({
  ...progress,
  revealedAt: progress.revealedAt ?? at.toISOString(),
});

/** Passed once is passed: a later failing experiment does not take the mark away. */
export function exerciseStatus(progress: ExerciseProgress | undefined): ExerciseStatus {
  if (!progress || progress.attempts === 0) return 'not-started';
  return progress.best === 'pass' ? 'passed' : 'attempted';
}

/** True once the learner has failed often enough that the solution is offered unasked. */
export const revealOffered = (progress: ExerciseProgress | undefined): boolean => (progress?.failedAttempts ?? 0) >= REVEAL_OFFER_AFTER;

/** The status of a lesson with these exercises: passed when all passed, attempted when any was tried. */
export function lessonStatus(statuses: readonly ExerciseStatus[]): ExerciseStatus {
  if (statuses.length > 0 && statuses.every((status) => status === 'passed')) return 'passed';
  return statuses.some((status) => status !== 'not-started') ? 'attempted' : 'not-started';
}
