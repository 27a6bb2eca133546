import { join } from 'node:path';
import { LESSONS_DIRECTORY } from '../../src/content/lesson-files.ts';
import { readLessonIndex, type LessonSummary } from '../../src/content/lesson-index.ts';

/** A lesson together with the URL path the built site serves it at. */
export interface CoursePage extends LessonSummary {
  path: string;
}

const projectRoot = join(import.meta.dirname, '../..');

/** Every lesson of the course in order, read from content/ exactly as the site build reads it. */
export const coursePages: CoursePage[] = readLessonIndex(projectRoot, LESSONS_DIRECTORY).map((lesson) => ({
  ...lesson,
  path: lesson.slug === 'index' ? '/' : `/${lesson.slug}/`,
}));
