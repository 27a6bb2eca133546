import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { courseWithExercise, projectRoot, runCli } from './cli-helpers.ts';

/** A throwaway course with the real lessons and a copy of mse, whose task.md a test edits. */
function courseEditing(change: (task: string) => string) {
  const course = courseWithExercise('mse');
  cpSync(join(projectRoot, 'content/lessons'), join(course.root, 'content/lessons'), { recursive: true });
  const task = join(course.exercise, 'task.md');
  writeFileSync(task, change(readFileSync(task, 'utf8')));
  return course;
}

describe('verify refuses silent mistakes in task.md, naming file and field', { timeout: 60_000 }, () => {
  it('an unknown lesson slug, with the nearest one suggested', async () => {
    const course = courseEditing((task) => task.replace('lesson: evaluation-and-validation', 'lesson: evaluation-and-validaton'));
    try {
      const { code, stdout } = await runCli(['verify', '--exercise', 'mse'], course.root);
      expect(code).toBe(1);
      expect(stdout).toContain(
        'content/exercises/mse/task.md: frontmatter field "lesson": "evaluation-and-validaton" names no lesson in content/lessons/; did you mean "evaluation-and-validation"?',
      );
    } finally {
      course.remove();
    }
  });

  it('a misspelt key, with the nearest one suggested', async () => {
    const course = courseEditing((task) => task.replace('stage: 6', 'stage: 6\ntimeLimit: 5000'));
    try {
      const { code, stdout } = await runCli(['verify', '--exercise', 'mse'], course.root);
      expect(code).toBe(1);
      expect(stdout).toContain('content/exercises/mse/task.md: frontmatter field "timeLimit": unknown field; did you mean "timeLimitMs"?');
    } finally {
      course.remove();
    }
  });
});
