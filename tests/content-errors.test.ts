import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from './cli-helpers.ts';
import { build, courseCopy } from './course-copy.ts';

function edit(root: string, file: string, change: (text: string) => string): void {
  const path = join(root, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

/** Instructor mistakes that only the site build can see fail it, naming the file. */
describe('content errors fail the build with the file named', { timeout: 180_000 }, () => {
  it('an unknown exercise id in a lesson', async () => {
    const course = courseCopy();
    try {
      edit(course.root, 'content/lessons/training.mdx', (text) =>
        text.replace('<Exercise id="fit-linear-model" />', '<Exercise id="fit-a-line" />'),
      );
      const { code, output } = await build(course.root);
      expect(code).toBe(1);
      expect(output).toContain('content/lessons/training.mdx: <Exercise id="fit-a-line" /> names no folder in content/exercises');
    } finally {
      course.remove();
    }
  });

  it("a diagram Mermaid cannot parse, named by file and the line of Mermaid's error", async () => {
    const course = courseCopy();
    try {
      const broken = '  LOG --> --> DQ[Data-quality checks]';
      edit(course.root, 'content/lessons/monitoring.mdx', (text) => text.replace('  LOG --> DQ[Data-quality checks]', broken));
      const line = readFileSync(join(course.root, 'content/lessons/monitoring.mdx'), 'utf8').split('\n').indexOf(broken) + 1;
      const { code, output } = await build(course.root);
      expect(code).toBe(1);
      expect(output).toContain(`content/lessons/monitoring.mdx:${line}: Mermaid cannot draw this diagram`);
      expect(output).toContain('Parse error');
    } finally {
      course.remove();
    }
  });

  it('a diagram without an accessible description, and a bad stage, each name file and line or field', async () => {
    const course = courseCopy();
    try {
      edit(course.root, 'content/lessons/monitoring.mdx', (text) => text.replace(/\n\s*accDescr: [^\n]*/, ''));
      const diagram = await build(course.root);
      expect(diagram.code).toBe(1);
      expect(diagram.output).toMatch(
        /content\/lessons\/monitoring\.mdx:\d+: this mermaid diagram needs an "accTitle: \.\.\." and an "accDescr: \.\.\." line/,
      );

      edit(course.root, 'content/lessons/monitoring.mdx', () =>
        readFileSync(join(projectRoot, 'content/lessons/monitoring.mdx'), 'utf8').replace('stage: 8', 'stage: 9'),
      );
      const stage = await build(course.root);
      expect(stage.code).toBe(1);
      expect(stage.output).toContain('content/lessons/monitoring.mdx: frontmatter field "stage"');
    } finally {
      course.remove();
    }
  });
});
