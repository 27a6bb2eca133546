import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkExerciseLessons, unknownLessonProblem } from './exercise-lessons.ts';

const lessons = [{ slug: 'training' }, { slug: 'evaluation-and-validation' }];

describe("an exercise's lesson slug", () => {
  it('is accepted when a lesson has it, refused with the nearest slug otherwise', () => {
    expect(unknownLessonProblem('content/exercises/mse/task.md', 'training', lessons)).toBeUndefined();
    expect(unknownLessonProblem('content/exercises/mse/task.md', 'evaluation', lessons)).toBe(
      'content/exercises/mse/task.md: frontmatter field "lesson": "evaluation" names no lesson in content/lessons/; did you mean "evaluation-and-validation"?',
    );
    expect(unknownLessonProblem('content/exercises/mse/task.md', 'zzz', lessons)).toBe(
      'content/exercises/mse/task.md: frontmatter field "lesson": "zzz" names no lesson in content/lessons/',
    );
  });

  describe('at build time', () => {
    let root = '';
    afterEach(() => rmSync(root, { recursive: true, force: true }));

    it('fails listing every exercise with an unknown lesson', () => {
      root = mkdtempSync(join(tmpdir(), 'course-'));
      for (const [id, lesson] of [
        ['mse', 'evaluation-and-validation'],
        ['fit', 'trainig'],
      ]) {
        mkdirSync(join(root, 'content/exercises', id!), { recursive: true });
        writeFileSync(join(root, 'content/exercises', id!, 'task.md'), `---\ntitle: X\nlesson: ${lesson}\n---\n`);
      }
      expect(() => checkExerciseLessons(root, lessons)).toThrow(
        'content/exercises/fit/task.md: frontmatter field "lesson": "trainig" names no lesson in content/lessons/; did you mean "training"?',
      );
      writeFileSync(join(root, 'content/exercises/fit/task.md'), '---\ntitle: X\nlesson: training\n---\n');
      expect(() => checkExerciseLessons(root, lessons)).not.toThrow();
    });
  });
});
