import { gradeSubmission, type GradeRequest } from './grade-submission.ts';
import type { GradeResult } from './result.ts';

/** A source file with the path it came from. */
export interface SourceFile {
  file: string;
  source: string;
}

/** What `verify` needs about one exercise. */
export interface VerifyRequest<Reference> extends Omit<GradeRequest<Reference>, 'file' | 'source'> {
  solution: SourceFile;
  starter: SourceFile;
  wrong: (SourceFile & { name: string; failsFirst: string })[];
}

/** One graded file of the exercise, its role, and what is wrong with the exercise because of it. */
export interface VerifiedFile {
  role: 'solution' | 'starter' | `wrong:${string}`;
  result: GradeResult;
  problems: string[];
}

const describeTest = (result: GradeResult, id: string) => {
  const test = result.tests.find((candidate) => candidate.id === id);
  return test ? `"${test.id}" (${test.status}${test.message ? `: ${test.message}` : ''})` : `"${id}"`;
};

/**
 * The curriculum's own test (freeCodeCamp-style): the solution passes every check, the
 * starter fails (except checks marked `allowedOnStarter`), and every known-wrong variant
 * fails, first on the check it declares. Problems name the file at fault.
 */
export async function verifyExercise<Reference>(request: VerifyRequest<Reference>): Promise<VerifiedFile[]> {
  // Hidden checks count for the solution only: starters and variants are judged on what learners see.
  const grade = (file: SourceFile, hidden = false) =>
    gradeSubmission({ ...request, hiddenChecks: hidden ? request.hiddenChecks ?? [] : [], file: file.file, source: file.source });
  const checkIds = new Set(request.checks.checks.map((check) => check.id));
  const verified: VerifiedFile[] = [];

  const solution = await grade(request.solution, true);
  const solutionProblems =
    solution.status === 'error'
      ? [`${request.solution.file}: the reference solution could not run: ${solution.message}`]
      : solution.tests
          .filter((test) => test.status !== 'pass')
          .map((test) => `${request.solution.file}: the reference solution fails its own check ${describeTest(solution, test.id)}`);
  verified.push({ role: 'solution', result: solution, problems: solutionProblems });

  const starter = await grade(request.starter);
  const allowed = new Set(request.checks.checks.filter((check) => check.allowedOnStarter).map((check) => check.id));
  const starterProblems: string[] = [];
  if (starter.status === 'error') starterProblems.push(`${request.starter.file}: the starter must fail, not error: ${starter.message}`);
  if (starter.status === 'pass') starterProblems.push(`${request.starter.file}: the starter passes every check`);
  for (const test of starter.tests) {
    if (test.status === 'pass' && !allowed.has(test.id)) {
      starterProblems.push(`${request.starter.file}: check "${test.id}" passes on the starter; fix the check or mark it allowedOnStarter`);
    }
  }
  verified.push({ role: 'starter', result: starter, problems: starterProblems });

  for (const variant of request.wrong) {
    const result = await grade(variant);
    const problems: string[] = [];
    const firstFailing = result.tests.find((test) => test.status !== 'pass');
    if (!checkIds.has(variant.failsFirst)) {
      problems.push(`${variant.file}: "fails-first: ${variant.failsFirst}" names no check of this exercise`);
    } else if (result.status === 'error') {
      problems.push(`${variant.file}: expected to fail "${variant.failsFirst}", but nothing could run: ${result.message}`);
    } else if (!firstFailing) {
      problems.push(`${variant.file}: this known-wrong variant passes every check`);
    } else if (firstFailing.id !== variant.failsFirst || firstFailing.status !== 'fail') {
      problems.push(
        `${variant.file}: expected to fail "${variant.failsFirst}" first, but the first check it did not pass was ${describeTest(result, firstFailing.id)}`,
      );
    }
    verified.push({ role: `wrong:${variant.name}`, result, problems });
  }
  return verified;
}
