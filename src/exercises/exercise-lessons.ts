import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
// The function @astrojs/markdown-remark re-exports, without the whole Markdown pipeline its
// entry loads (about 0.4 s of CPU in every command and grading process that reads a folder).
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { LESSONS_DIRECTORY } from '../content/lesson-files.ts';
import type { LessonSummary } from '../content/lesson-index.ts';
import { didYouMean } from '../content/nearest-name.ts';
import { EXERCISES_DIRECTORY, ExerciseContentError, listExerciseIds } from './exercise-folder.ts';

const lessonsFolder = LESSONS_DIRECTORY.replace(/^\.\//, '');

/**
 * The problem with an exercise's `lesson:` slug, or undefined when a lesson has it. An
 * unknown slug would send `list`, the browser tests and the learner to a page that does not
 * exist, so it is refused with the nearest slug suggested.
 */
export function unknownLessonProblem(
  taskFile: string,
  lesson: unknown,
  lessons: readonly Pick<LessonSummary, 'slug'>[],
): string | undefined {
  if (typeof lesson !== 'string' || lesson === '') return undefined; // the schema reports a missing or empty lesson
  const slugs = lessons.map((entry) => entry.slug);
  if (slugs.includes(lesson)) return undefined;
  return `${taskFile}: frontmatter field "lesson": "${lesson}" names no lesson in ${lessonsFolder}/${didYouMean(lesson, slugs)}`;
}

/** The `lesson:` of an exercise's task.md, or undefined when it has none or cannot be read. */
function lessonOf(root: string, id: string): unknown {
  const taskFile = join(root, EXERCISES_DIRECTORY, id, 'task.md');
  if (!existsSync(taskFile)) return undefined;
  try {
    return parseFrontmatter(readFileSync(taskFile, 'utf8')).frontmatter['lesson'];
  } catch {
    return undefined; // invalid YAML is reported by the content collection, naming the file
  }
}

/**
 * Each lesson slug with the ids of the exercises whose task.md names it, read from the
 * folders (for the sidebar's progress marks and the progress page).
 */
export function exercisesByLesson(root: string): Map<string, string[]> {
  const byLesson = new Map<string, string[]>();
  for (const id of listExerciseIds(root)) {
    const lesson = lessonOf(root, id);
    if (typeof lesson === 'string' && lesson !== '') byLesson.set(lesson, [...(byLesson.get(lesson) ?? []), id]);
  }
  return byLesson;
}

/**
 * For the build (called from astro.config.mjs): throws an ExerciseContentError listing every
 * exercise whose task.md names a lesson that does not exist. Reads only that field, so a
 * folder still being written fails where it always did, on its own mistakes.
 */
export function checkExerciseLessons(root: string, lessons: readonly Pick<LessonSummary, 'slug'>[]): void {
  const problems = listExerciseIds(root).flatMap(
    (id) => unknownLessonProblem(`${EXERCISES_DIRECTORY}/${id}/task.md`, lessonOf(root, id), lessons) ?? [],
  );
  if (problems.length > 0) throw new ExerciseContentError(problems.join('\n'));
}
