import type { VerifiableExercise, SourceFile } from './gradable-exercise.ts';
import { gradeSubmission } from './grade-submission.ts';
import type { GradingEnvironment } from './grading-environment.ts';
import type { GradeResult } from './result.ts';

/** One graded file of the exercise, its role, and what is wrong with the exercise because of it. */
export interface VerifiedFile {
  role: 'solution' | 'starter' | `wrong:${string}` | `right:${string}`;
  result: GradeResult;
  problems: string[];
}

/** The verdict on one exercise at one seed: every file, and what is wrong with the exercise as a whole. */
export interface Verification {
  files: VerifiedFile[];
  /** Problems of the exercise rather than of one file (a check no variant fails first). */
  problems: string[];
}

const describeTest = (result: GradeResult, id: string) => {
  const test = result.tests.find((candidate) => candidate.id === id);
  return test ? `"${test.id}" (${test.status}${test.message ? `: ${test.message}` : ''})` : `"${id}"`;
};

/** Problems of a file that must pass every check (the reference, or an accepted variant). */
function mustPass(file: SourceFile, result: GradeResult, who: string, whose: string, checksFile: string): string[] {
  if (result.status === 'error') return [`${file.file}: ${who} could not run: ${result.message}`];
  return result.tests
    .filter((test) => test.status !== 'pass')
    .map((test) =>
      // A check that throws (status error) is the check's bug, not the solution's: blame checks.ts.
      test.status === 'error'
        ? `${checksFile}: check "${test.id}" has a bug: ${test.message}`
        : `${file.file}: ${who} fails ${whose} check ${describeTest(result, test.id)}`,
    );
}

/**
 * The curriculum's own test (freeCodeCamp-style), at one seed: the solution and every
 * accepted variant pass every check, hidden ones included; the starter fails (except on
 * checks marked `allowedOnStarter`); every known-wrong variant fails, first on the check
 * it declares; and every check is the first failure of some known-wrong variant, since a
 * check that nothing is shown to fail may be a check that cannot fail. Problems name the
 * file at fault.
 */
export async function verifyExercise<Reference>(
  environment: GradingEnvironment,
  exercise: VerifiableExercise<Reference>,
  seed: number,
): Promise<Verification> {
  // Hidden checks count for correct files only: starters and variants are judged on what learners see.
  const grade = (file: SourceFile, hidden = false) => gradeSubmission(environment, exercise, file, { seed, hidden });
  const checkIds = exercise.checks.checks.map((check) => check.id);
  const files: VerifiedFile[] = [];

  const solution = await grade(exercise.solution, true);
  files.push({
    role: 'solution',
    result: solution,
    problems: mustPass(exercise.solution, solution, 'the reference solution', 'its own', exercise.checksFile),
  });

  const starter = await grade(exercise.starter);
  const allowed = new Set(exercise.checks.checks.filter((check) => check.allowedOnStarter).map((check) => check.id));
  const starterProblems: string[] = [];
  if (starter.status === 'error') starterProblems.push(`${exercise.starter.file}: the starter must fail, not error: ${starter.message}`);
  if (starter.status === 'pass') starterProblems.push(`${exercise.starter.file}: the starter passes every check`);
  for (const test of starter.tests) {
    if (test.status === 'pass' && !allowed.has(test.id)) {
      starterProblems.push(`${exercise.starter.file}: check "${test.id}" passes on the starter; fix the check or mark it allowedOnStarter`);
    }
  }
  files.push({ role: 'starter', result: starter, problems: starterProblems });

  for (const variant of exercise.wrong) {
    const result = await grade(variant);
    const problems: string[] = [];
    const firstFailing = result.tests.find((test) => test.status !== 'pass');
    if (!checkIds.includes(variant.failsFirst)) {
      problems.push(
        `${variant.file}: "fails-first: ${variant.failsFirst}" names no check of this exercise (checks: ${checkIds.join(', ')})`,
      );
    } else if (result.status === 'error') {
      problems.push(`${variant.file}: expected to fail "${variant.failsFirst}", but nothing could run: ${result.message}`);
    } else if (!firstFailing) {
      problems.push(`${variant.file}: this known-wrong variant passes every check`);
    } else if (firstFailing.id !== variant.failsFirst || firstFailing.status !== 'fail') {
      problems.push(
        `${variant.file}: expected to fail "${variant.failsFirst}" first, but the first check it did not pass was ${describeTest(result, firstFailing.id)}`,
      );
    }
    files.push({ role: `wrong:${variant.name}`, result, problems });
  }

  for (const variant of exercise.right) {
    const result = await grade(variant, true);
    files.push({
      role: `right:${variant.name}`,
      result,
      problems: mustPass(variant, result, 'this accepted variant', 'the', exercise.checksFile),
    });
  }

  const declared = new Set(exercise.wrong.map((variant) => variant.failsFirst));
  const problems = checkIds
    .filter((id) => !declared.has(id))
    .map(
      (id) =>
        `${exercise.checksFile}: no known-wrong variant fails check "${id}" first; add one in wrong/ starting with "// fails-first: ${id}"`,
    );
  return { files, problems };
}
