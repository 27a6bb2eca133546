import type { GradeResult } from '../grading/result.ts';

/** How often one check failed (fail, error or timeout) among the files it ran on. */
export interface CheckFailureRate {
  id: string;
  name: string;
  /** Files on which this check ran. */
  ran: number;
  failed: number;
  /** failed / ran, 0 when it never ran. */
  rate: number;
}

/** The most common first failure: the check learners trip on first, and what it said most often. */
export interface CommonFirstFailure {
  /** A check id, or `(nothing ran)` for files that could not be graded at all. */
  check: string;
  /** Files whose first failure it was. */
  files: number;
  message: string;
  /** Files whose first failure was this check with exactly this message. */
  withMessage: number;
}

/** What an instructor reads about one exercise. */
export interface ExerciseReport {
  exercise: string;
  files: number;
  passed: number;
  /** passed / files. */
  passRate: number;
  /** Files of which nothing could be graded (status error). */
  errors: number;
  checks: CheckFailureRate[];
  mostCommonFirstFailure: CommonFirstFailure | undefined;
}

const NOTHING_RAN = '(nothing ran)';

/** The first thing that went wrong in a result, or undefined for a pass. */
function firstFailure(result: GradeResult): { check: string; message: string } | undefined {
  if (result.status === 'error') return { check: NOTHING_RAN, message: result.message ?? '' };
  const test = result.tests.find((candidate) => candidate.status !== 'pass');
  return test && { check: test.id, message: test.message ?? test.status };
}

/** The key counted most often; ties go to the key seen first, so reports are stable. */
function mostCommon(counts: Map<string, number>): [string, number] | undefined {
  let best: [string, number] | undefined;
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
  return best;
}

function reportOn(exercise: string, results: readonly GradeResult[]): ExerciseReport {
  const checks = new Map<string, CheckFailureRate>();
  const firstChecks = new Map<string, number>();
  const firstMessages = new Map<string, Map<string, number>>();
  for (const result of results) {
    for (const test of result.tests) {
      const check = checks.get(test.id) ?? { id: test.id, name: test.name, ran: 0, failed: 0, rate: 0 };
      check.ran += 1;
      if (test.status !== 'pass') check.failed += 1;
      checks.set(test.id, check);
    }
    const first = firstFailure(result);
    if (!first) continue;
    firstChecks.set(first.check, (firstChecks.get(first.check) ?? 0) + 1);
    const messages = firstMessages.get(first.check) ?? new Map<string, number>();
    messages.set(first.message, (messages.get(first.message) ?? 0) + 1);
    firstMessages.set(first.check, messages);
  }
  const passed = results.filter((result) => result.status === 'pass').length;
  const top = mostCommon(firstChecks);
  const topMessage = top && mostCommon(firstMessages.get(top[0])!)!;
  return {
    exercise,
    files: results.length,
    passed,
    passRate: results.length === 0 ? 0 : passed / results.length,
    errors: results.filter((result) => result.status === 'error').length,
    checks: [...checks.values()].map((check) => ({ ...check, rate: check.ran === 0 ? 0 : check.failed / check.ran })),
    mostCommonFirstFailure: top && topMessage && { check: top[0], files: top[1], message: topMessage[0], withMessage: topMessage[1] },
  };
}

/**
 * The class report over `grade --format json` results (several shards merged): per
 * exercise, in id order, the pass rate, each check's failure rate in the exercise's check
 * order, and the most common first failure. A file graded twice (the same output given
 * twice, overlapping shards) counts once, with its last result.
 */
export function classReport(results: readonly GradeResult[]): ExerciseReport[] {
  const latest = new Map<string, GradeResult>();
  for (const result of results) latest.set(JSON.stringify([result.exercise, result.file]), result);
  const byExercise = new Map<string, GradeResult[]>();
  for (const result of latest.values()) byExercise.set(result.exercise, [...(byExercise.get(result.exercise) ?? []), result]);
  return [...byExercise.keys()].sort().map((exercise) => reportOn(exercise, byExercise.get(exercise)!));
}
