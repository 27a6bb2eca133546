import type { GradableExercise, SourceFile, VerifiableExercise } from './gradable-exercise.ts';
import { gradeSubmission, type GradeOptions } from './grade-submission.ts';
import type { GradingEnvironment } from './grading-environment.ts';
import type { GradeResult } from './result.ts';
import { deriveSeed } from './seeded-random.ts';
import { verifyExercise, type Verification } from './verify-exercise.ts';

/** The seed a plain `grade` and `verify` use when none is given. */
export const DEFAULT_SEED = 1234;

/**
 * `count` seeds for checking that verdicts hold at every seed: the default seed first, then
 * seeds derived from it, so a run is reproducible and a failure names a seed to replay.
 */
export function verificationSeeds(count: number, first = DEFAULT_SEED): number[] {
  return Array.from({ length: count }, (_, i) => (i === 0 ? first : deriveSeed(first, `verification-${i}`) >>> 1));
}

/** The grading core, bound to one environment. */
export interface Grader {
  /** Grades one learner file. */
  grade<Reference>(exercise: GradableExercise<Reference>, submission: SourceFile, options: GradeOptions): Promise<GradeResult>;
  /**
   * Verifies an exercise at each seed: see verifyExercise. A verdict that holds at one
   * seed and not another shows up as a problem naming the seed, the file and the check.
   */
  verify<Reference>(exercise: VerifiableExercise<Reference>, seeds: readonly number[]): Promise<SeededVerification[]>;
}

/** One seed's verification. */
export interface SeededVerification extends Verification {
  seed: number;
}

/**
 * The one grader both environments use: the browser and the CLI each build a
 * GradingEnvironment (TF.js, a realm factory, a clock) and an exercise, and call this.
 */
export function createGrader(environment: GradingEnvironment): Grader {
  return {
    grade: (exercise, submission, options) => gradeSubmission(environment, exercise, submission, options),
    async verify(exercise, seeds) {
      const runs: SeededVerification[] = [];
      for (const seed of seeds) {
        const verification = await verifyExercise(environment, exercise, seed);
        // A problem that appears only at some seeds says which, so it can be replayed with --seed.
        const atSeed = (problem: string) => (seeds.length > 1 ? `${problem} [seed ${seed}]` : problem);
        runs.push({
          seed,
          files: verification.files.map((file) => ({ ...file, problems: file.problems.map(atSeed) })),
          problems: verification.problems,
        });
      }
      return runs;
    },
  };
}
