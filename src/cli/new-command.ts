import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { LESSONS_DIRECTORY } from '../content/lesson-files.ts';
import { readLessonIndex } from '../content/lesson-index.ts';
import { didYouMean } from '../content/nearest-name.ts';
import { EXERCISES_DIRECTORY, listExerciseIds } from '../exercises/exercise-folder.ts';
import { UsageError } from './cli-arguments.ts';
import type { CommandOutput } from './command-output.ts';
import { writeExerciseScaffold } from './scaffold-exercise.ts';
import { orderAfterStage, titleFromSlug, writeLessonScaffold } from './scaffold-lesson.ts';

/** `lifecycle-lab new exercise …` or `new lesson …`, parsed. */
export type NewCommand =
  | { command: 'new'; kind: 'exercise'; id: string; stage: number; lesson: string }
  | { command: 'new'; kind: 'lesson'; slug: string; stage: number; title: string | undefined };

const KEBAB = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

function parseStage(text: string | undefined): number {
  if (text === undefined) throw new UsageError('new needs --stage N, the lifecycle stage 1–8');
  const stage = Number(text);
  if (!Number.isInteger(stage) || stage < 1 || stage > 8) throw new UsageError(`--stage must be a whole number from 1 to 8, not "${text}"`);
  return stage;
}

/** Parses the arguments after `new`, throwing UsageError with a one-line message. */
export function parseNewCommand(argv: readonly string[]): NewCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { stage: { type: 'string' }, lesson: { type: 'string' }, title: { type: 'string' } },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]} (run lifecycle-lab --help)`);
  }
  const { values, positionals } = parsed;
  const [kind, name, extra] = positionals;
  if (kind !== 'exercise' && kind !== 'lesson')
    throw new UsageError('new needs "exercise ID --stage N --lesson SLUG" or "lesson SLUG --stage N"');
  if (!name)
    throw new UsageError(`new ${kind} needs a name: lowercase kebab-case, e.g. ${kind === 'exercise' ? 'z-score' : 'shadow-deployments'}`);
  if (extra !== undefined) throw new UsageError(`new ${kind} takes one name, got also "${extra}"`);
  if (!KEBAB.test(name)) throw new UsageError(`"${name}" is not lowercase kebab-case (a-z, 0-9, "-", starting with a letter)`);
  const stage = parseStage(values.stage);
  if (kind === 'lesson') {
    if (values.lesson !== undefined) throw new UsageError('--lesson is for new exercise; a lesson is named by its slug');
    return { command: 'new', kind, slug: name, stage, title: values.title };
  }
  if (values.title !== undefined) throw new UsageError('--title is for new lesson; an exercise takes its title from task.md');
  if (values.lesson === undefined)
    throw new UsageError('new exercise needs --lesson SLUG, the lesson that embeds it (see lifecycle-lab list)');
  return { command: 'new', kind, id: name, stage, lesson: values.lesson };
}

/**
 * `lifecycle-lab new`: writes an exercise folder or a lesson that `verify` and the build
 * accept as they are, refusing a name already taken and an unknown lesson slug (with the
 * nearest valid one suggested), then says what to edit next.
 */
export function newCommand(root: string, command: NewCommand): CommandOutput {
  const lessons = readLessonIndex(root, LESSONS_DIRECTORY);
  if (command.kind === 'exercise') {
    const taken = listExerciseIds(root);
    if (taken.includes(command.id) || existsSync(join(root, EXERCISES_DIRECTORY, command.id))) {
      throw new UsageError(`exercise "${command.id}" already exists in ${EXERCISES_DIRECTORY}/; choose another id`);
    }
    const slugs = lessons.map((lesson) => lesson.slug);
    if (!slugs.includes(command.lesson)) {
      throw new UsageError(
        `--lesson "${command.lesson}" names no lesson in ${LESSONS_DIRECTORY.replace(/^\.\//, '')}/${didYouMean(command.lesson, slugs)}`,
      );
    }
    const files = writeExerciseScaffold(root, command);
    const lessonFile = lessons.find((lesson) => lesson.slug === command.lesson)!.file;
    return {
      exitCode: 0,
      text: [
        `created ${files.length} files in ${EXERCISES_DIRECTORY}/${command.id}/:`,
        ...files.map((file) => `  ${file}`),
        'next:',
        `  1. embed it at the end of ${lessonFile}: <Exercise id="${command.id}" />`,
        `     (with import Exercise from '../../src/components/Exercise.astro'; at the top, if the lesson has none)`,
        `  2. edit task.md, solution.ts, starter.ts and checks.ts into your exercise (guide: ${EXERCISES_DIRECTORY}/README.md)`,
        `  3. npx lifecycle-lab verify --exercise ${command.id}`,
        '',
      ].join('\n'),
    };
  }
  const existing = lessons.find((lesson) => lesson.slug === command.slug);
  if (existing) throw new UsageError(`lesson "${command.slug}" already exists (${existing.file}); choose another slug`);
  for (const extension of ['md', 'mdx']) {
    const file = `${LESSONS_DIRECTORY.replace(/^\.\//, '')}/${command.slug}.${extension}`;
    if (existsSync(join(root, file))) throw new UsageError(`${file} already exists; choose another slug`);
  }
  const order = orderAfterStage(lessons, command.stage);
  const file = writeLessonScaffold(
    root,
    { slug: command.slug, stage: command.stage, title: command.title ?? titleFromSlug(command.slug) },
    order,
  );
  return {
    exitCode: 0,
    text: `created ${file} (stage ${command.stage}, order ${order}: after the last lesson of its stage)\nnext: write it; npm run dev shows it at /${command.slug}/\n`,
  };
}
