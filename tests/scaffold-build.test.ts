import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli-helpers.ts';
import { build, courseCopy } from './course-copy.ts';

/** What `lifecycle-lab new` writes builds as it is: the instructor edits rather than repairs. */
describe('scaffolds build at once', { timeout: 180_000 }, () => {
  it('a new lesson and a new exercise embedded in a lesson build into pages', async () => {
    const course = courseCopy();
    try {
      const exercise = await runCli(['new', 'exercise', 'z-score', '--stage', '3', '--lesson', 'cleaning-and-preprocessing'], course.root);
      expect(exercise.code).toBe(0);
      appendFileSync(join(course.root, 'content/lessons/cleaning-and-preprocessing.mdx'), '\n<Exercise id="z-score" />\n');
      const lesson = await runCli(['new', 'lesson', 'shadow-deployments', '--stage', '7'], course.root);
      expect(lesson.code).toBe(0);

      const { code, output } = await build(course.root);
      expect(code, output).toBe(0);
      const page = (slug: string) => readFileSync(join(course.root, 'dist', slug, 'index.html'), 'utf8');
      expect(page('shadow-deployments')).toContain('lifecycle-diagram');
      expect(page('cleaning-and-preprocessing')).toContain('data-exercise="z-score"');
      // content/exercises/README.md (the authoring guide) sits beside the folders and is no page or exercise.
      expect(existsSync(join(course.root, 'content/exercises/README.md'))).toBe(true);
      expect(output).not.toContain('README');
    } finally {
      course.remove();
    }
  });
});
