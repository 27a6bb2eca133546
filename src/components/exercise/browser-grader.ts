import type * as TF from '@tensorflow/tfjs';
import type { CheckDefinition, ExerciseChecks } from '../../grading/check-kit.ts';
import type { GradableExercise } from '../../grading/gradable-exercise.ts';
import type { GradeProgress } from '../../grading/grade-submission.ts';
import { createGrader } from '../../grading/grader.ts';
import type { GradeResult } from '../../grading/result.ts';
import { prepareTf } from '../../grading/tf-backend.ts';
import * as slimTf from './slim-tf.ts';
import { learnerRealms as realms } from './learner-realms.ts';

/**
 * The grader's side in the browser, on the page: the browser's adapter over the grading
 * core. Checks and solutions are found by folder name, so adding an exercise folder is all
 * it takes; hidden checks are never bundled.
 */
const checkModules = import.meta.glob<{ default: ExerciseChecks<unknown> }>('../../../content/exercises/*/checks.ts');
const solutionModules = import.meta.glob<Record<string, unknown>>('../../../content/exercises/*/solution.ts');

// The grader's TF.js lacks only tfjs-data and the converter, which no check or solution uses.
const tf = slimTf as unknown as typeof TF;
const tfReady = prepareTf(tf);
const grader = createGrader({ tf, openRealm: realms.open, now: () => performance.now() });
const NO_HIDDEN_CHECKS: readonly CheckDefinition<unknown>[] = [];

/** Starts a learner worker loading in the background, so the first Run does not wait for it. */
export const warmUp = (): void => realms.warm();

/** A fresh seed for one Run: shown with the result, so `lifecycle-lab grade --seed` replays it. */
export const freshSeed = (): number => crypto.getRandomValues(new Uint32Array(1))[0]! >>> 1;

/**
 * Starts loading an exercise's checks and reference solution (and the grader's TF.js
 * backend), so that the first Run finds them there. Settles when they are loaded or have
 * failed to (a Run reports that failure); it never rejects.
 */
export function prepareExercise(id: string): Promise<void> {
  return Promise.all([
    checkModules[`../../../content/exercises/${id}/checks.ts`]?.(),
    solutionModules[`../../../content/exercises/${id}/solution.ts`]?.(),
    tfReady,
  ]).then(
    () => undefined,
    () => undefined,
  );
}

async function loadExercise(id: string, timeLimitMs: number | undefined): Promise<GradableExercise> {
  const loadChecks = checkModules[`../../../content/exercises/${id}/checks.ts`];
  const loadSolution = solutionModules[`../../../content/exercises/${id}/solution.ts`];
  if (!loadChecks || !loadSolution) throw new Error(`no checks or solution for exercise "${id}"`);
  const [{ default: checks }, solution] = await Promise.all([loadChecks(), loadSolution(), tfReady]);
  return { id, checks, hiddenChecks: NO_HIDDEN_CHECKS, reference: solution[checks.exportName], timeLimitMs };
}

/**
 * Grades `source` for exercise `id` exactly as `lifecycle-lab grade --seed <seed>` does;
 * `onProgress` receives what the code reports with `report(step, loss)` while it runs.
 */
export async function gradeInBrowser(
  id: string,
  source: string,
  timeLimitMs: number | undefined,
  seed: number,
  onProgress?: (progress: GradeProgress) => void,
): Promise<GradeResult> {
  return grader.grade(await loadExercise(id, timeLimitMs), { file: `${id}.ts`, source }, { seed, onProgress });
}
