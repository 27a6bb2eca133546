import type { VerifiedFile } from '../grading/verify-exercise.ts';
import { listExerciseIds } from '../exercises/exercise-folder.ts';
import { inShard, UsageError, type Command } from './cli-arguments.ts';
import { formatJunit } from './format-junit.ts';
import { loadExercise, verifyLoadedExercise } from './load-exercise.ts';
import { nodeGradingEnvironment } from './grading-environment.ts';
import { runPool } from './run-pool.ts';

/** What a command prints and how it exits. */
export interface CommandOutput {
  text: string;
  exitCode: number;
}

function describe(file: VerifiedFile): string {
  const { result } = file;
  const passed = result.tests.filter((test) => test.status === 'pass').length;
  if (file.role === 'solution') return `passes ${passed}/${result.tests.length} checks`;
  const first = result.tests.find((test) => test.status !== 'pass');
  if (file.role === 'starter') return `fails (${result.tests.length - passed} of ${result.tests.length} checks fail)`;
  return first ? `fails first on ${first.id}: ${first.message ?? first.status}` : 'passes';
}

/** `lifecycle-lab verify`: every exercise's solution passes, starter and wrong variants fail as declared. */
export async function verifyCommand(root: string, command: Extract<Command, { command: 'verify' }>, colour: boolean): Promise<CommandOutput> {
  const known = listExerciseIds(root);
  for (const id of command.exercises) {
    if (!known.includes(id)) throw new UsageError(`unknown exercise "${id}"; known: ${known.join(', ')}`);
  }
  const ids = inShard(command.exercises.length > 0 ? command.exercises : known, command.shard);
  const environment = await nodeGradingEnvironment();
  try {
    const perExercise = await runPool(ids, command.jobs, async (id) => {
      try {
        const exercise = await loadExercise(root, id);
        const files = await verifyLoadedExercise(exercise, environment);
        return { id, files, contentError: undefined };
      } catch (error) {
        return { id, files: [] as VerifiedFile[], contentError: (error as Error).message };
      }
    });
    const files = perExercise.flatMap((entry) => entry.files);
    const problems = perExercise.flatMap((entry) => [...(entry.contentError ? [entry.contentError] : []), ...entry.files.flatMap((file) => file.problems)]);
    const exitCode = problems.length > 0 ? 1 : 0;
    if (command.format === 'json') {
      return { text: `${JSON.stringify(files.map((file) => ({ ...file.result, role: file.role, problems: file.problems })), null, 2)}\n`, exitCode };
    }
    if (command.format === 'junit') return { text: formatJunit(files.map((file) => ({ ...file.result, role: file.role }))), exitCode };
    const mark = (ok: boolean) => (colour ? (ok ? '\u001b[32m✓\u001b[0m' : '\u001b[31m✗\u001b[0m') : ok ? '✓' : '✗');
    const lines = perExercise.flatMap((entry) => [
      ...(entry.contentError ? [`${mark(false)} ${entry.id}: ${entry.contentError}`] : []),
      ...entry.files.map((file) =>
        [`${mark(file.problems.length === 0)} ${entry.id} ${file.role} ${describe(file)}`, ...file.problems.map((problem) => `    ${problem}`)].join('\n'),
      ),
    ]);
    const good = files.filter((file) => file.problems.length === 0).length;
    const bad = files.length - good + perExercise.filter((entry) => entry.contentError).length;
    return { text: `${lines.join('\n')}\n\n${good} passed, ${bad} failed\n`, exitCode };
  } finally {
    environment.close();
  }
}
