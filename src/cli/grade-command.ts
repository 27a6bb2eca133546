import { existsSync, writeFileSync } from 'node:fs';
import { DEFAULT_SEED } from '../grading/grade-submission.ts';
import { listExerciseIds } from '../exercises/exercise-folder.ts';
import { inShard, UsageError, type Command } from './cli-arguments.ts';
import { formatJunit } from './format-junit.ts';
import { formatText } from './format-text.ts';
import { superviseGrading } from './supervise-grading.ts';
import type { CommandOutput } from './verify-command.ts';

/** `lifecycle-lab grade`: one result per learner file; exit 0 only if all pass. */
export async function gradeCommand(root: string, command: Extract<Command, { command: 'grade' }>, colour: boolean): Promise<CommandOutput> {
  const known = listExerciseIds(root);
  if (!known.includes(command.exercise)) throw new UsageError(`unknown exercise "${command.exercise}"; known: ${known.join(', ')}`);
  for (const file of command.files) {
    if (!existsSync(file)) throw new UsageError(`no such file: ${file}`);
  }
  // Hidden mode also draws a fresh seed, so answers memorised from the browser do not carry over.
  const seed = command.seed ?? (command.hidden ? Math.floor(Math.random() * 2 ** 31) : DEFAULT_SEED);
  const files = inShard(command.files, command.shard).map((file, index) => ({ index, file }));
  const results = await superviseGrading({
    root,
    exercise: command.exercise,
    files,
    seed,
    ...(command.timeoutMs ? { timeoutMs: command.timeoutMs } : {}),
    hidden: command.hidden,
    jobs: command.jobs,
  });
  const exitCode = results.every((result) => result.status === 'pass') ? 0 : 1;
  const text =
    command.format === 'json'
      ? `${JSON.stringify(results.length === 1 ? results[0] : results, null, 2)}\n`
      : command.format === 'junit'
        ? formatJunit(results)
        : formatText(results, colour && !command.out);
  if (command.out) {
    writeFileSync(command.out, text);
    return { text: '', exitCode };
  }
  return { text, exitCode };
}
