import { createGrader, DEFAULT_SEED, verificationSeeds, type SeededVerification } from '../grading/grader.ts';
import { listExerciseIds } from '../exercises/exercise-folder.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LESSONS_DIRECTORY } from '../content/lesson-files.ts';
import { readLessonIndex, type LessonSummary } from '../content/lesson-index.ts';
import { unknownLessonProblem } from '../exercises/exercise-lessons.ts';
import { loadExercise } from '../exercises/load-exercise.ts';
import { inShard, UsageError, type Command } from './cli-arguments.ts';
import type { CommandOutput } from './command-output.ts';
import { formatJunit } from './format-junit.ts';
import { formatVerifyText, type ExerciseVerification } from './format-verify-text.ts';
import { nodeGradingEnvironment } from './node-grading-environment.ts';
import { learnerThreadBundle } from './thread-bundle.ts';
import { runPool } from './run-pool.ts';

/** Folds one exercise's runs at several seeds into the first seed's files, with every seed's problems. */
function foldSeeds(id: string, runs: readonly SeededVerification[]): ExerciseVerification {
  const [first] = runs;
  if (!first) return { id, files: [], problems: [] };
  const files = first.files.map((file, i) => ({ ...file, problems: [...new Set(runs.flatMap((run) => run.files[i]?.problems ?? []))] }));
  return { id, files, problems: first.problems };
}

/**
 * `lifecycle-lab verify`: for every exercise, at every seed asked for, the solution and
 * accepted variants pass, the starter and known-wrong variants fail as declared, and every
 * check is some variant's first failure.
 */
export async function verifyCommand(
  root: string,
  command: Extract<Command, { command: 'verify' }>,
  colour: boolean,
): Promise<CommandOutput> {
  const known = listExerciseIds(root);
  for (const id of command.exercises) {
    if (!known.includes(id)) throw new UsageError(`unknown exercise "${id}"; known: ${known.join(', ')}`);
  }
  const ids = inShard(command.exercises.length > 0 ? command.exercises : known, command.shard);
  const seeds = verificationSeeds(command.seeds, command.seed ?? DEFAULT_SEED);
  // A course without lessons (a bare fixture) has nothing to check `lesson:` against.
  const lessons: LessonSummary[] | undefined = existsSync(join(root, LESSONS_DIRECTORY))
    ? readLessonIndex(root, LESSONS_DIRECTORY)
    : undefined;
  const entry = await learnerThreadBundle();
  const environment = await nodeGradingEnvironment(1, entry ? { entry } : {});
  const grader = createGrader(environment);
  try {
    const perExercise = await runPool(ids, command.jobs, async (id) => {
      try {
        const exercise = await loadExercise(root, id);
        const lessonProblem = lessons && unknownLessonProblem(`${exercise.directory}/task.md`, exercise.metadata.lesson, lessons);
        const runs = await grader.verify(exercise, seeds);
        const folded = foldSeeds(id, runs);
        return { folded: lessonProblem ? { ...folded, problems: [lessonProblem, ...folded.problems] } : folded, runs };
      } catch (error) {
        return { folded: { id, files: [], problems: [(error as Error).message] }, runs: [] };
      }
    });
    const exercises = perExercise.map((entry) => entry.folded);
    const failed = exercises.some((exercise) => exercise.problems.length > 0 || exercise.files.some((file) => file.problems.length > 0));
    const exitCode = failed ? 1 : 0;
    const everyFile = perExercise.flatMap((entry) => entry.runs.flatMap((run) => run.files));
    if (command.format === 'json') {
      const entries = perExercise.flatMap(({ folded, runs }) =>
        runs.flatMap((run, r) =>
          run.files.map((file) => ({
            ...file.result,
            role: file.role,
            // Problems of the exercise as a whole travel with its solution's entry.
            problems: r === 0 && file.role === 'solution' ? [...folded.problems, ...file.problems] : file.problems,
          })),
        ),
      );
      return { text: `${JSON.stringify(entries, null, 2)}\n`, exitCode };
    }
    if (command.format === 'junit') return { text: formatJunit(everyFile.map((file) => ({ ...file.result, role: file.role }))), exitCode };
    return { text: formatVerifyText(exercises, seeds, colour), exitCode };
  } finally {
    environment.close();
  }
}
