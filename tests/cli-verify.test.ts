import { copyFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { courseWithExercise, runCli } from './cli-helpers.ts';

describe('lifecycle-lab list', { timeout: 30_000 }, () => {
  it('lists every exercise folder with its stage, title and lesson page', async () => {
    const { code, stdout } = await runCli(['list', '--format', 'json']);
    expect(code).toBe(0);
    const exercises = JSON.parse(stdout) as { id: string; stage: number; lesson: string }[];
    expect(exercises.map((exercise) => exercise.id)).toEqual(expect.arrayContaining(['fit-linear-model', 'mse', 'train-test-split']));
    expect(exercises.find((exercise) => exercise.id === 'mse')).toMatchObject({ stage: 6, lesson: '/evaluation-and-validation/' });
  });
});

describe('lifecycle-lab verify', { timeout: 60_000 }, () => {
  it('fails naming the solution when the reference solution fails its own checks', async () => {
    const course = courseWithExercise('mse');
    try {
      writeFileSync(
        join(course.exercise, 'solution.ts'),
        'export function meanSquaredError(a: number[]) { if (a.length === 0) throw new RangeError("e"); return 0; }\n',
      );
      const { code, stdout } = await runCli(['verify'], course.root);
      expect(code).toBe(1);
      expect(stdout).toContain('content/exercises/mse/solution.ts: the reference solution fails its own check "small-example"');
    } finally {
      course.remove();
    }
  });

  it('fails naming the variant when a known-wrong variant passes', async () => {
    const course = courseWithExercise('mse');
    try {
      const cheat = join(course.exercise, 'wrong/secretly-right.ts');
      copyFileSync(join(course.exercise, 'solution.ts'), cheat);
      writeFileSync(cheat, `// fails-first: small-example\n${await import('node:fs').then((fs) => fs.readFileSync(cheat, 'utf8'))}`);
      const { code, stdout } = await runCli(['verify', '--exercise', 'mse'], course.root);
      expect(code).toBe(1);
      expect(stdout).toContain('content/exercises/mse/wrong/secretly-right.ts: this known-wrong variant passes every check');
    } finally {
      course.remove();
    }
  });

  it('fails naming the file when the starter is missing', async () => {
    const course = courseWithExercise('mse');
    try {
      rmSync(join(course.exercise, 'starter.ts'));
      const { code, stdout } = await runCli(['verify'], course.root);
      expect(code).toBe(1);
      expect(stdout).toContain('content/exercises/mse/starter.ts: missing; every exercise needs a starter.ts');
    } finally {
      course.remove();
    }
  });

  it('fails naming the field when the task frontmatter is invalid', async () => {
    const course = courseWithExercise('mse');
    try {
      const task = join(course.exercise, 'task.md');
      const { readFileSync } = await import('node:fs');
      writeFileSync(task, readFileSync(task, 'utf8').replace('stage: 6', 'stage: 11'));
      const { code, stdout } = await runCli(['verify'], course.root);
      expect(code).toBe(1);
      expect(stdout).toContain('content/exercises/mse/task.md: frontmatter field "stage"');
    } finally {
      course.remove();
    }
  });

  it('names the line and column of a syntax error in checks.ts', async () => {
    const course = courseWithExercise('mse');
    try {
      const checks = join(course.exercise, 'checks.ts');
      const { readFileSync } = await import('node:fs');
      const lines = readFileSync(checks, 'utf8').split('\n');
      const at = lines.findIndex((line) => line.includes('async run(t) {'));
      lines[at] = `${lines[at]} const x = ;`;
      writeFileSync(checks, lines.join('\n'));
      const { code, stdout } = await runCli(['verify'], course.root);
      expect(code).toBe(1);
      expect(stdout).toContain(`content/exercises/mse/checks.ts:${at + 1}:`);
    } finally {
      course.remove();
    }
  });
});
