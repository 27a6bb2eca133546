import * as tf from '@tensorflow/tfjs';
import type { ExerciseChecks } from '../../grading/check-kit.ts';
import { DEFAULT_SEED, gradeSubmission } from '../../grading/grade-submission.ts';
import type { GradeResult } from '../../grading/result.ts';
import { prepareTf } from '../../grading/tf-backend.ts';
import { workerRealms } from './worker-realm.ts';

/**
 * The grader's side in the browser, on the page: the exercise's checks and reference
 * solution, TF.js on the grading backend, and learner workers. Checks and solutions are
 * found by folder name, so adding an exercise folder is all it takes.
 */
const checkModules = import.meta.glob<{ default: ExerciseChecks<unknown> }>('../../../content/exercises/*/checks.ts');
const solutionModules = import.meta.glob<Record<string, unknown>>('../../../content/exercises/*/solution.ts');

const realms = workerRealms();
const tfReady = prepareTf(tf);

/** Starts a learner worker loading in the background, so the first Run does not wait for it. */
export const warmUp = (): void => realms.warm();

/** Grades `source` for exercise `id` exactly as `lifecycle-lab grade` does (same seed, backend, checks). */
export async function gradeInBrowser(id: string, source: string, timeLimitMs: number | undefined): Promise<GradeResult> {
  const loadChecks = checkModules[`../../../content/exercises/${id}/checks.ts`];
  const loadSolution = solutionModules[`../../../content/exercises/${id}/solution.ts`];
  if (!loadChecks || !loadSolution) throw new Error(`no checks or solution for exercise "${id}"`);
  const [{ default: checks }, solution] = await Promise.all([loadChecks(), loadSolution(), tfReady]);
  return gradeSubmission({
    exercise: id,
    file: `${id}.ts`,
    source,
    checks,
    reference: solution[checks.exportName],
    tf,
    seed: DEFAULT_SEED,
    openRealm: realms.open,
    now: () => performance.now(),
    ...(timeLimitMs ? { limits: { runMs: timeLimitMs } } : {}),
  });
}
