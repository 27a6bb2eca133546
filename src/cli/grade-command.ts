import { writeFileSync } from 'node:fs';
import { DEFAULT_SEED } from '../grading/grader.ts';
import { errorResult, type GradeResult } from '../grading/result.ts';
import { GRADING_BACKEND } from '../grading/tf-backend.ts';
import { listExerciseIds } from '../exercises/exercise-folder.ts';
import { inShard, UsageError, type Command } from './cli-arguments.ts';
import type { CommandOutput } from './command-output.ts';
import { formatJunit } from './format-junit.ts';
import { formatText } from './format-text.ts';
import type { JobFile } from './host/host-protocol.ts';
import { expandLearnerFiles, readLearnerFile } from './learner-files.ts';
import { superviseGrading } from './supervise-grading.ts';
import { learnerThreadBundle } from './thread-bundle.ts';

/**
 * `lifecycle-lab grade`: one result per learner file; exit 0 only if all pass, 1 if any
 * fails, 2 if a file could not be read as a submission (the others are still graded).
 */
export async function gradeCommand(root: string, command: Extract<Command, { command: 'grade' }>, colour: boolean): Promise<CommandOutput> {
  const known = listExerciseIds(root);
  if (!known.includes(command.exercise)) throw new UsageError(`unknown exercise "${command.exercise}"; known: ${known.join(', ')}`);
  const paths = inShard(expandLearnerFiles(command.files), command.shard);
  // Hidden mode also draws a fresh seed, so answers memorised from the browser do not carry over.
  const seed = command.seed ?? (command.hidden ? Math.floor(Math.random() * 2 ** 31) : DEFAULT_SEED);

  // Every file is read here, before any learner code exists: the grading host never opens a learner's path.
  const results = new Array<GradeResult>(paths.length);
  const readable: JobFile[] = [];
  paths.forEach((file, index) => {
    const read = readLearnerFile(file);
    if ('source' in read) readable.push({ index, file, source: read.source });
    else results[index] = errorResult({ exercise: command.exercise, file, seed, backend: GRADING_BACKEND }, read.problem);
  });
  const threadEntry = readable.length > 0 ? await learnerThreadBundle() : undefined;
  const graded = await superviseGrading({
    root,
    exercise: command.exercise,
    files: readable,
    seed,
    ...(command.timeoutMs ? { timeoutMs: command.timeoutMs } : {}),
    hidden: command.hidden,
    jobs: command.jobs,
    ...(threadEntry ? { threadEntry } : {}),
  });
  readable.forEach((file, i) => (results[file.index] = graded[i]!));

  const unreadable = readable.length < paths.length;
  const exitCode = unreadable ? 2 : results.every((result) => result.status === 'pass') ? 0 : 1;
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
