/**
 * The result of grading one file: the stable contract shared by the browser, the
 * `lifecycle-lab` CLI and anything that reads its JSON (modelled on Exercism's
 * results.json). Change it only by bumping RESULT_VERSION.
 */

import type { Plot } from './plot.ts';

export const RESULT_VERSION = 1 as const;
/** Bumped with package.json's version; a test keeps the two equal. */
export const GRADER_VERSION = '0.1.0';

export type CheckStatus = 'pass' | 'fail' | 'error' | 'timeout';

/** One check's verdict. */
export interface CheckResult {
  id: string;
  name: string;
  status: CheckStatus;
  /** What is wrong, with numbers (absent when the check passed). */
  message?: string;
  expected?: string;
  actual?: string;
  /** The learner's console output during this check, cut to 500 characters. */
  output?: string;
  /**
   * What the check shows as plots: plain numbers and labels with a text alternative each
   * (see plot.ts). Added within version 1: optional, and readers that do not know it ignore it.
   */
  plots?: Plot[];
  hidden: boolean;
  duration_ms: number;
}

/** The verdict on one file. `error` means nothing could be graded; `message` says why. */
export interface GradeResult {
  version: typeof RESULT_VERSION;
  exercise: string;
  file: string;
  status: 'pass' | 'fail' | 'error';
  message?: string;
  tests: CheckResult[];
  seed: number;
  backend: string;
  duration_ms: number;
  grader_version: string;
}

/** The fields that identify a graded file in its result. */
export interface ResultSubject {
  exercise: string;
  file: string;
  seed: number;
  backend: string;
}

/** The result for a file of which nothing could be graded; `message` says why. */
export function errorResult(subject: ResultSubject, message: string): GradeResult {
  return { version: RESULT_VERSION, ...subject, status: 'error', message, tests: [], duration_ms: 0, grader_version: GRADER_VERSION };
}

/** Rounds a duration for the report: sub-millisecond noise helps nobody. */
export const roundMs = (ms: number): number => Math.round(ms * 10) / 10;
