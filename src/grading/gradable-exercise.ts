import type { CheckDefinition, ExerciseChecks } from './check-kit.ts';

/** A source file with the path it came from (relative to the course root, or a learner's file name). */
export interface SourceFile {
  file: string;
  source: string;
}

/** A known-wrong variant: a file that must fail, first on the check it declares. */
export interface WrongVariant extends SourceFile {
  name: string;
  failsFirst: string;
}

/** An accepted variant: another correct solution, written differently, that must pass every check. */
export interface RightVariant extends SourceFile {
  name: string;
}

/**
 * What the grader needs of one exercise, whichever environment loaded it: the browser
 * builds it from bundled modules, Node from the exercise folder on disk.
 */
export interface GradableExercise<Reference = unknown> {
  id: string;
  checks: ExerciseChecks<Reference>;
  /** Checks only an instructor runs (`grade --hidden`); never sent to the browser. */
  hiddenChecks: readonly CheckDefinition<Reference>[];
  /** The reference solution's exported function, run in the grader's realm. */
  reference: Reference;
  /** The whole run's time limit from task.md, when the exercise needs more than the default. */
  timeLimitMs?: number | undefined;
}

/** What `verify` needs on top: the exercise's own files, with the paths it names in problems. */
export interface VerifiableExercise<Reference = unknown> extends GradableExercise<Reference> {
  checksFile: string;
  solution: SourceFile;
  starter: SourceFile;
  wrong: readonly WrongVariant[];
  right: readonly RightVariant[];
}
