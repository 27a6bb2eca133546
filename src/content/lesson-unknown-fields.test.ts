import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readLessonIndex } from './lesson-index.ts';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

function lessons(files: Record<string, string>): string {
  root = mkdtempSync(join(tmpdir(), 'lessons-'));
  mkdirSync(join(root, 'content/lessons'), { recursive: true });
  for (const [name, frontmatter] of Object.entries(files))
    writeFileSync(join(root, 'content/lessons', name), `---\n${frontmatter}\n---\n\nText.\n`);
  return root;
}

describe('unknown lesson frontmatter keys', () => {
  it('are refused naming the file and field, with the nearest valid name', () => {
    lessons({ 'training.mdx': 'title: Training\nstgae: 5\norder: 50' });
    expect(() => readLessonIndex(root, './content/lessons')).toThrow(
      'content/lessons/training.mdx: frontmatter field "stgae": unknown field; did you mean "stage"?',
    );
  });

  it('name every unknown key, suggesting nothing when nothing is near', () => {
    lessons({ 'training.mdx': 'title: Training\norder: 50\ndifficulty: hard\nordr: 3' });
    let message = '';
    try {
      readLessonIndex(root, './content/lessons');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message.split('\n')).toEqual([
      expect.stringMatching(/^content\/lessons\/training\.mdx: frontmatter field "difficulty": unknown field \(fields: title, /),
      expect.stringMatching(/^content\/lessons\/training\.mdx: frontmatter field "ordr": unknown field; did you mean "order"\?/),
    ]);
  });

  it("allow Starlight's own keys beside ours", () => {
    lessons({
      'training.mdx': [
        'title: Training',
        'description: d',
        'stage: 5',
        'order: 50',
        'tableOfContents: false',
        'template: doc',
        'lastUpdated: false',
        'pagefind: true',
        'draft: false',
        'sidebar:',
        '  label: Train',
        'prev: false',
        'next: false',
        'editUrl: false',
        'head: []',
      ].join('\n'),
    });
    expect(readLessonIndex(root, './content/lessons').map((lesson) => lesson.slug)).toEqual(['training']);
  });
});
