import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
// The function @astrojs/markdown-remark re-exports, without the whole Markdown pipeline its
// entry loads (about 0.4 s of CPU in every command and grading process that reads a folder).
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { LESSON_FIELDS, lessonIndexFields, type LessonFrontmatter } from './lesson-frontmatter.ts';
import { unknownFieldProblems } from './unknown-fields.ts';

/** One lesson as the course navigation needs it. */
export interface LessonSummary extends LessonFrontmatter {
  /** Path from the project root, e.g. `content/lessons/training.mdx`, for messages. */
  file: string;
  /** The docs-collection id Starlight routes by (`index` for the course home). */
  slug: string;
}

/** A content mistake an instructor made, with the file (and field) it is in. */
export class LessonContentError extends Error {
  override name = 'LessonContentError';
}

const LESSON_FILE = /^[^_][^/]*\.mdx?$/;
// The glob loader slugifies file names; restricting names to this shape keeps our slug
// identical to its id without reimplementing its slugger.
const KEBAB_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function listLessonFiles(directory: string): string[] {
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.split(sep).every((part) => !part.startsWith('_')))
    .filter((path) => LESSON_FILE.test(path.split(sep).at(-1) ?? ''))
    .sort();
}

function slugFor(pathInDirectory: string, file: string): string {
  const segments = pathInDirectory.replace(/\.mdx?$/, '').split(sep);
  for (const segment of segments) {
    if (!KEBAB_NAME.test(segment)) {
      throw new LessonContentError(`${file}: file and folder names must be lowercase kebab-case (a-z, 0-9, "-"); "${segment}" is not`);
    }
  }
  return segments.join('/');
}

function parseLesson(root: string, directory: string, pathInDirectory: string): LessonSummary {
  const absolute = join(directory, pathInDirectory);
  const file = relative(root, absolute).split(sep).join('/');
  let frontmatter: Record<string, unknown>;
  try {
    frontmatter = parseFrontmatter(readFileSync(absolute, 'utf8')).frontmatter;
  } catch (error) {
    throw new LessonContentError(`${file}: the frontmatter is not valid YAML: ${(error as Error).message}`);
  }
  const unknown = unknownFieldProblems(file, frontmatter, LESSON_FIELDS);
  if (unknown.length > 0) throw new LessonContentError(unknown.join('\n'));
  const result = lessonIndexFields.safeParse(frontmatter);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const field = issue.path.join('.') || '(frontmatter)';
      return `${file}: frontmatter field "${field}": ${issue.message}`;
    });
    throw new LessonContentError(problems.join('\n'));
  }
  const slug = typeof frontmatter.slug === 'string' ? frontmatter.slug : slugFor(pathInDirectory, file);
  return { ...result.data, file, slug };
}

function rejectDuplicateOrders(lessons: readonly LessonSummary[]): void {
  const byOrder = new Map<number, LessonSummary>();
  for (const lesson of lessons) {
    const earlier = byOrder.get(lesson.order);
    if (earlier) {
      throw new LessonContentError(
        `${lesson.file}: frontmatter field "order": ${lesson.order} is already used by ${earlier.file}; each lesson needs its own order`,
      );
    }
    byOrder.set(lesson.order, lesson);
  }
}

/**
 * Reads every lesson's frontmatter, validates it with the same schema as the content
 * collection, and returns the lessons in course order. Throws a {@link LessonContentError}
 * naming the file and field for the first problem it finds, so a bad edit fails the build
 * at config time instead of producing a silently incomplete sidebar.
 */
export function readLessonIndex(root: string, directory: string): LessonSummary[] {
  const absoluteDirectory = join(root, directory);
  const lessons = listLessonFiles(absoluteDirectory).map((path) => parseLesson(root, absoluteDirectory, path));
  rejectDuplicateOrders(lessons);
  return lessons.sort((a, b) => a.order - b.order);
}
