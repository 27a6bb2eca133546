import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_SEED, gradeSubmission } from '../grading/grade-submission.ts';
import { GRADER_VERSION, RESULT_VERSION, type GradeResult } from '../grading/result.ts';
import { parseProgressFile } from '../exercises/progress-file.ts';
import { listExerciseIds } from '../exercises/exercise-folder.ts';
import { inShard, UsageError, type Command } from './cli-arguments.ts';
import { formatJunit } from './format-junit.ts';
import { formatText } from './format-text.ts';
import { loadExercise } from './load-exercise.ts';
import { nodeGradingEnvironment } from './grading-environment.ts';
import { runPool } from './run-pool.ts';
import type { CommandOutput } from './verify-command.ts';

/**
 * The learner's code in `file`: a .ts file as it is, or the exercise's entry in a progress
 * file exported from the site (.json). A file that cannot be used explains why.
 */
export function readSubmission(file: string, exercise: string): { source: string } | { problem: string } {
  const text = readFileSync(resolve(file), 'utf8');
  if (!file.endsWith('.json')) return { source: text };
  const parsed = parseProgressFile(text);
  if (!parsed.ok) return { problem: parsed.message };
  const entry = parsed.progress.exercises[exercise];
  return entry ? { source: entry.code } : { problem: `the progress file has no code for exercise "${exercise}"` };
}

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
    const results = await runPool(files, command.jobs, async (file): Promise<GradeResult> => {
      const submission = readSubmission(file, command.exercise);
      if ('problem' in submission) {
        const base = { version: RESULT_VERSION as typeof RESULT_VERSION, exercise: command.exercise, file, seed, backend: environment.tf.getBackend(), duration_ms: 0, grader_version: GRADER_VERSION };
        return { ...base, status: 'error', message: submission.problem, tests: [] };
      }
      return gradeSubmission({
        exercise: command.exercise,
        file,
        source: submission.source,
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
      });
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
  } finally {
    environment.close();
  }
}
