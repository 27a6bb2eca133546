import type { ExerciseReport } from './class-report.ts';
import { oneLine } from './safe-text.ts';

const percent = (rate: number): string => `${(100 * rate).toFixed(1)}%`;

/** The class report for people: per exercise a pass-rate line, a line per check, the most common first failure. */
export function formatReportText(exercises: readonly ExerciseReport[]): string {
  if (exercises.length === 0) return 'no results\n';
  const lines = exercises.flatMap((exercise) => {
    const first = exercise.mostCommonFirstFailure;
    const width = Math.max(...exercise.checks.map((check) => check.id.length), 10);
    return [
      `${exercise.exercise}: ${exercise.passed}/${exercise.files} pass (${percent(exercise.passRate)})` +
        (exercise.errors > 0 ? `, ${exercise.errors} could not be graded` : ''),
      ...exercise.checks.map(
        (check) => `  ${check.id.padEnd(width)}  fails ${percent(check.rate).padStart(6)}  (${check.failed}/${check.ran})`,
      ),
      first
        ? `  most common first failure: ${first.check} (${first.files} file${first.files === 1 ? '' : 's'}); most often: "${oneLine(first.message)}" (${first.withMessage})`
        : '  most common first failure: none, every file passes',
      '',
    ];
  });
  return `${lines.join('\n')}`;
}
