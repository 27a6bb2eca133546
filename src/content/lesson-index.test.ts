import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LESSONS_DIRECTORY } from './lesson-files.ts';
import { readLessonIndex } from './lesson-index.ts';
import { courseSidebar } from './course-sidebar.ts';

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

  it('are an overview followed by the eight stages in order', () => {
    expect(lessons[0]?.slug).toBe('index');
    expect(lessons[0]?.stage).toBeUndefined();
    expect(lessons.slice(1).map((entry) => entry.stage)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('become a sidebar with the overview on top and a group of stages', () => {
    const sidebar = courseSidebar(lessons);
    expect(sidebar[0]).toEqual({ slug: 'index', label: 'The ML lifecycle' });
    const stages = sidebar[1];
    expect(stages && 'items' in stages ? stages.items.map((item) => item.label) : []).toHaveLength(8);
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

  it('rejects a missing or fractional order', () => {
    const missing = fixture({ 'c.md': lesson('title: C\nstage: 3') });
    expect(() => readLessonIndex(missing, LESSONS_DIRECTORY)).toThrow(/c\.md: frontmatter field "order"/);
    const fractional = fixture({ 'c.md': lesson('title: C\nstage: 3\norder: 1.5') });
    expect(() => readLessonIndex(fractional, LESSONS_DIRECTORY)).toThrow(/c\.md: frontmatter field "order"/);
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
