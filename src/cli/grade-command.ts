import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_SEED, gradeSubmission } from '../grading/grade-submission.ts';
import { listExerciseIds } from '../exercises/exercise-folder.ts';
import { inShard, UsageError, type Command } from './cli-arguments.ts';
import { formatJunit } from './format-junit.ts';
import { formatText } from './format-text.ts';
import { loadExercise } from './load-exercise.ts';
import { nodeGradingEnvironment } from './grading-environment.ts';
import { runPool } from './run-pool.ts';
import type { CommandOutput } from './verify-command.ts';

/** `lifecycle-lab grade`: one result per learner file; exit 0 only if all pass. */
export async function gradeCommand(root: string, command: Extract<Command, { command: 'grade' }>, colour: boolean): Promise<CommandOutput> {
  const known = listExerciseIds(root);
  if (!known.includes(command.exercise)) throw new UsageError(`unknown exercise "${command.exercise}"; known: ${known.join(', ')}`);
  for (const file of command.files) {
    if (!existsSync(file)) throw new UsageError(`no such file: ${file}`);
  }
  const exercise = await loadExercise(root, command.exercise);
  // Hidden mode also draws a fresh seed, so answers memorised from the browser do not carry over.
  const seed = command.seed ?? (command.hidden ? Math.floor(Math.random() * 2 ** 31) : DEFAULT_SEED);
  const environment = await nodeGradingEnvironment();
  try {
    const files = inShard(command.files, command.shard);
    const results = await runPool(files, command.jobs, (file) =>
      gradeSubmission({
        exercise: command.exercise,
        file,
        source: readFileSync(resolve(file), 'utf8'),
        checks: exercise.checks,
        ...(command.hidden ? { hiddenChecks: exercise.hiddenChecks } : {}),
        reference: exercise.reference,
        tf: environment.tf,
        seed,
        openRealm: environment.openRealm,
        now: environment.now,
        limits: {
          ...(exercise.metadata.timeLimitMs ? { runMs: exercise.metadata.timeLimitMs } : {}),
          // --timeout is per check (and for loading); the whole run gets one such slice per check.
          ...(command.timeoutMs
            ? { loadMs: command.timeoutMs, callMs: command.timeoutMs, runMs: command.timeoutMs * (exercise.checks.checks.length + 1) }
            : {}),
        },
      }),
    );
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
  } finally {
    environment.close();
  }
}
