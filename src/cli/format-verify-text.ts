import type { VerifiedFile } from '../grading/verify-exercise.ts';
import { oneLine } from './safe-text.ts';

/** One exercise's verification across seeds, as the verify command collected it. */
export interface ExerciseVerification {
  id: string;
  /** Every file at the first seed (what the text shows), with the problems found at any seed. */
  files: VerifiedFile[];
  /** Problems of the exercise as a whole, or the content error that stopped it loading. */
  problems: string[];
}

function describe(file: VerifiedFile): string {
  const { result } = file;
  if (result.status === 'error') return `could not run: ${result.message}`;
  const passed = result.tests.filter((test) => test.status === 'pass').length;
  if (file.role === 'solution' || file.role.startsWith('right:')) return `passes ${passed}/${result.tests.length} checks`;
  if (file.role === 'starter') return `fails (${result.tests.length - passed} of ${result.tests.length} checks fail)`;
  const first = result.tests.find((test) => test.status !== 'pass');
  return first ? `fails first on ${first.id}: ${first.message ?? first.status}` : 'passes every check';
}

/** verify's text report: a line per file (✓ when nothing is wrong with it), its problems under it, a summary line. */
export function formatVerifyText(exercises: readonly ExerciseVerification[], seeds: readonly number[], colour: boolean): string {
  const mark = (ok: boolean) => (colour ? (ok ? '\u001b[32m✓\u001b[0m' : '\u001b[31m✗\u001b[0m') : ok ? '✓' : '✗');
  const lines = exercises.flatMap((exercise) => [
    ...exercise.problems.map((problem) => `${mark(false)} ${exercise.id}: ${oneLine(problem)}`),
    ...exercise.files.map((file) =>
      [
        `${mark(file.problems.length === 0)} ${exercise.id} ${file.role} ${oneLine(describe(file))}`,
        ...file.problems.map((problem) => `    ${oneLine(problem)}`),
      ].join('\n'),
    ),
  ]);
  const files = exercises.flatMap((exercise) => exercise.files);
  const good = files.filter((file) => file.problems.length === 0).length;
  const bad = files.length - good + exercises.reduce((sum, exercise) => sum + exercise.problems.length, 0);
  const seedNote =
    seeds.length > 1 ? `verdicts checked at ${seeds.length} seeds (${seeds[0]} and ${seeds.length - 1} derived from it)\n` : '';
  return `${lines.join('\n')}\n\n${seedNote}${good} passed, ${bad} failed\n`;
}
