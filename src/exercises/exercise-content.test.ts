import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadExercise, verifyLoadedExercise } from '../cli/load-exercise.ts';
import { inProcessRealm } from '../grading/testing/in-process-realm.ts';
import { prepareTf } from '../grading/tf-backend.ts';
import { listExerciseIds } from './exercise-folder.ts';

const root = join(import.meta.dirname, '../..');

beforeAll(() => prepareTf(tf));

/**
 * Every check of every exercise, on passing and failing input: the reference solution
 * passes it, and at least one known-wrong variant fails first on it. A check no variant
 * can fail is a check that cannot fail, so the rule is enforced for all exercises.
 */
describe.each(listExerciseIds(root))('exercise %s', (id) => {
  it('has a known-wrong variant failing first on each of its checks', async () => {
    const exercise = await loadExercise(root, id);
    const declared = new Set(exercise.wrong.map((variant) => variant.failsFirst));
    const uncovered = exercise.checks.checks.map((check) => check.id).filter((checkId) => !declared.has(checkId));
    expect(uncovered, `${exercise.directory}: checks without a failing variant`).toEqual([]);
  });

  it('verifies: solution passes, starter fails, every variant fails where it says', async () => {
    const exercise = await loadExercise(root, id);
    const files = await verifyLoadedExercise(exercise, { tf, openRealm: inProcessRealm, now: () => performance.now(), runMs: 60_000 });
    expect(files.flatMap((file) => file.problems)).toEqual([]);
    expect(files.filter((file) => file.role.startsWith('wrong:'))).toHaveLength(exercise.wrong.length);
  });
});
