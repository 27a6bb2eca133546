import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LESSONS_DIRECTORY } from './lesson-files.ts';
import { readLessonIndex } from './lesson-index.ts';
import { courseSidebar, PROGRESS_PAGE } from './course-sidebar.ts';
import { exercisesByLesson } from '../exercises/exercise-lessons.ts';
import { listExerciseIds } from '../exercises/exercise-folder.ts';

const projectRoot = join(import.meta.dirname, '../..');
const scratch: string[] = [];

/** Writes `files` (name → contents) into a fresh content/lessons folder and returns its root. */
function fixture(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'lessons-'));
  scratch.push(root);
  for (const [name, contents] of Object.entries(files)) {
    const path = join(root, 'content/lessons', name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, contents);
  }
  return root;
}

const lesson = (frontmatter: string) => `---\n${frontmatter}\n---\n\nBody.\n`;

afterEach(() => {
  for (const root of scratch.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('the real lessons', () => {
  const lessons = readLessonIndex(projectRoot, LESSONS_DIRECTORY);
  const staged = lessons.filter((entry) => entry.stage !== undefined);

  it('start with the overview and teach every stage, in stage order', () => {
    expect(lessons[0]?.slug).toBe('index');
    expect(lessons[0]?.stage).toBeUndefined();
    expect(new Set(staged.map((entry) => entry.stage))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8]));
    const stages = staged.map((entry) => entry.stage!);
    expect(stages).toEqual([...stages].sort((a, b) => a - b));
  });

  it('become a sidebar: the overview on top, one group with every staged lesson, later pages below it', () => {
    const sidebar = courseSidebar(lessons);
    expect(sidebar[0]).toEqual({ slug: 'index', label: 'The ML lifecycle' });
    const group = sidebar.find((entry) => 'items' in entry);
    expect(group && 'items' in group ? group.items.map((item) => item.slug) : []).toEqual(staged.map((entry) => entry.slug));
    const flat = sidebar.flatMap((entry) => ('items' in entry ? entry.items : [entry]));
    expect(flat.flatMap((entry) => ('slug' in entry ? [entry.slug] : []))).toEqual(lessons.map((entry) => entry.slug));
    expect(sidebar.at(-1)).toEqual(PROGRESS_PAGE);
  });

  it("name each lesson's exercises for the progress marks, read from the exercise folders", () => {
    const byLesson = exercisesByLesson(projectRoot);
    const sidebar = courseSidebar(lessons, byLesson);
    const flat = sidebar.flatMap((entry) => ('items' in entry ? entry.items : [entry]));
    const marked = flat.flatMap((entry) => ('attrs' in entry && entry.attrs ? [entry.attrs['data-exercises']!.split(' ')] : []));
    expect(marked.flat().sort()).toEqual(listExerciseIds(projectRoot).sort());
  });
});

describe('the sidebar puts pages without a stage where their order says', () => {
  it('before the stages, or after them', () => {
    const root = fixture({
      'index.mdx': lesson('title: Home\norder: 0'),
      'one.mdx': lesson('title: One\nstage: 1\norder: 10'),
      'between.mdx': lesson('title: Between\nstage: 1\norder: 15'),
      'two.mdx': lesson('title: Two\nstage: 2\norder: 20'),
      'glossary.mdx': lesson('title: Glossary\norder: 90'),
    });
    expect(courseSidebar(readLessonIndex(root, LESSONS_DIRECTORY))).toEqual([
      { slug: 'index', label: 'Home' },
      {
        label: 'The eight stages',
        items: [
          { slug: 'one', label: '1. One' },
          { slug: 'between', label: '1. Between' },
          { slug: 'two', label: '2. Two' },
        ],
      },
      { slug: 'glossary', label: 'Glossary' },
      PROGRESS_PAGE,
    ]);
  });

  it('accepts an order between two others, fractional ones included', () => {
    const root = fixture({
      'a.mdx': lesson('title: A\norder: 7'),
      'b.mdx': lesson('title: B\norder: 7.5'),
      'c.mdx': lesson('title: C\norder: 8'),
    });
    expect(readLessonIndex(root, LESSONS_DIRECTORY).map((entry) => entry.slug)).toEqual(['a', 'b', 'c']);
  });
});

describe('bad frontmatter fails with the file and the field', () => {
  it('rejects a stage outside 1–8', () => {
    const root = fixture({ 'a.mdx': lesson('title: A\nstage: 9\norder: 1') });
    expect(() => readLessonIndex(root, LESSONS_DIRECTORY)).toThrow(/content\/lessons\/a\.mdx: frontmatter field "stage"/);
  });

  it('rejects a missing title', () => {
    const root = fixture({ 'nested/b.mdx': lesson('stage: 2\norder: 2') });
    expect(() => readLessonIndex(root, LESSONS_DIRECTORY)).toThrow(/content\/lessons\/nested\/b\.mdx: frontmatter field "title"/);
  });

  it('rejects a missing or negative order', () => {
    const missing = fixture({ 'c.md': lesson('title: C\nstage: 3') });
    expect(() => readLessonIndex(missing, LESSONS_DIRECTORY)).toThrow(/c\.md: frontmatter field "order"/);
    const negative = fixture({ 'c.md': lesson('title: C\nstage: 3\norder: -1') });
    expect(() => readLessonIndex(negative, LESSONS_DIRECTORY)).toThrow(/c\.md: frontmatter field "order"/);
  });

  it('rejects two lessons with the same order, naming both files', () => {
    const root = fixture({ 'one.mdx': lesson('title: One\norder: 4'), 'two.mdx': lesson('title: Two\norder: 4') });
    expect(() => readLessonIndex(root, LESSONS_DIRECTORY)).toThrow(
      'content/lessons/two.mdx: frontmatter field "order": 4 is already used by content/lessons/one.mdx',
    );
  });

  it('rejects frontmatter that is not YAML', () => {
    const root = fixture({ 'd.mdx': '---\ntitle: [unclosed\n---\n' });
    expect(() => readLessonIndex(root, LESSONS_DIRECTORY)).toThrow(/content\/lessons\/d\.mdx: the frontmatter is not valid YAML/);
  });

  it('rejects a file name the router would rename', () => {
    const root = fixture({ 'Stage One.mdx': lesson('title: S\norder: 1') });
    expect(() => readLessonIndex(root, LESSONS_DIRECTORY)).toThrow(/lowercase kebab-case/);
  });

  it('ignores partials whose names start with an underscore', () => {
    const root = fixture({ '_draft.mdx': lesson('title: Draft\norder: 1'), 'ok.mdx': lesson('title: OK\norder: 1') });
    expect(readLessonIndex(root, LESSONS_DIRECTORY).map((entry) => entry.slug)).toEqual(['ok']);
  });
});
