import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLessonIndex } from '../src/content/lesson-index.ts';
import { courseWithExercise, projectRoot, runCli } from './cli-helpers.ts';

/** A throwaway course with the real lessons and one exercise, for scaffolding into. */
function scratchCourse() {
  const course = courseWithExercise('mse');
  cpSync(join(projectRoot, 'content/lessons'), join(course.root, 'content/lessons'), { recursive: true });
  return course;
}

describe('lifecycle-lab new exercise', { timeout: 60_000 }, () => {
  it('scaffolds an exercise that verify accepts at once: starter fails, solution and variants as declared', async () => {
    const course = scratchCourse();
    try {
      const created = await runCli(['new', 'exercise', 'z-score', '--stage', '3', '--lesson', 'cleaning-and-preprocessing'], course.root);
      expect(created.stderr).toBe('');
      expect(created.code).toBe(0);
      expect(created.stdout).toContain('content/exercises/z-score/wrong/skips-last.ts');
      expect(created.stdout).toContain('<Exercise id="z-score" />');

      const verified = await runCli(['verify', '--exercise', 'z-score', '--format', 'json'], course.root);
      expect(verified.code).toBe(0);
      const roles = (JSON.parse(verified.stdout) as { role: string; status: string; problems: string[] }[]).map(
        ({ role, status, problems }) => ({ role, status, problems }),
      );
      expect(roles).toEqual([
        { role: 'solution', status: 'pass', problems: [] },
        { role: 'starter', status: 'fail', problems: [] },
        { role: 'wrong:skips-last', status: 'fail', problems: [] },
        { role: 'right:reduce', status: 'pass', problems: [] },
      ]);

      const listed = await runCli(['list', '--format', 'json'], course.root);
      expect(JSON.parse(listed.stdout)).toContainEqual({
        id: 'z-score',
        stage: 3,
        title: 'Z score',
        lesson: '/cleaning-and-preprocessing/',
      });
    } finally {
      course.remove();
    }
  });

  it('refuses an existing id, a bad stage and an unknown lesson (suggesting the nearest), with exit 2', async () => {
    const course = scratchCourse();
    try {
      const taken = await runCli(['new', 'exercise', 'mse', '--stage', '6', '--lesson', 'training'], course.root);
      expect(taken).toMatchObject({ code: 2, stdout: '' });
      expect(taken.stderr).toBe('lifecycle-lab: exercise "mse" already exists in content/exercises/; choose another id\n');

      const stage = await runCli(['new', 'exercise', 'z-score', '--stage', '9', '--lesson', 'training'], course.root);
      expect(stage.code).toBe(2);
      expect(stage.stderr).toContain('--stage must be a whole number from 1 to 8, not "9"');

      const lesson = await runCli(['new', 'exercise', 'z-score', '--stage', '5', '--lesson', 'trainig'], course.root);
      expect(lesson.code).toBe(2);
      expect(lesson.stderr).toContain('--lesson "trainig" names no lesson in content/lessons/; did you mean "training"?');

      const name = await runCli(['new', 'exercise', 'Z_Score', '--stage', '5', '--lesson', 'training'], course.root);
      expect(name.code).toBe(2);
      expect(name.stderr).toContain('"Z_Score" is not lowercase kebab-case');
    } finally {
      course.remove();
    }
  });
});

describe('lifecycle-lab new lesson', { timeout: 60_000 }, () => {
  it('writes a lesson the lesson index accepts, ordered after the last lesson of its stage', async () => {
    const course = scratchCourse();
    try {
      const first = await runCli(['new', 'lesson', 'shadow-deployments', '--stage', '7'], course.root);
      expect(first.code).toBe(0);
      expect(first.stdout).toContain('created content/lessons/shadow-deployments.mdx (stage 7, order 75');
      const second = await runCli(
        ['new', 'lesson', 'canary-releases', '--stage', '7', '--title', 'Canary releases: a worked rollout'],
        course.root,
      );
      expect(second.code).toBe(0);

      const lessons = readLessonIndex(course.root, './content/lessons');
      const slugs = lessons.map((lesson) => lesson.slug);
      // After deployment (70) and its new neighbour, before monitoring (80).
      expect(slugs.slice(slugs.indexOf('deployment'), slugs.indexOf('monitoring') + 1)).toEqual([
        'deployment',
        'shadow-deployments',
        'canary-releases',
        'monitoring',
      ]);
      expect(lessons.find((lesson) => lesson.slug === 'canary-releases')).toMatchObject({
        title: 'Canary releases: a worked rollout',
        stage: 7,
        order: 77.5,
      });
      const text = readFileSync(join(course.root, 'content/lessons/shadow-deployments.mdx'), 'utf8');
      expect(text).toContain('npx lifecycle-lab new exercise ID --stage 7 --lesson shadow-deployments');
      expect(text).toMatch(/accTitle: \S/);
      expect(text).toMatch(/accDescr: \S/);

      // After the last stage lesson (monitoring, 80) there is room before the glossary (1000): ten past it.
      const last = await runCli(['new', 'lesson', 'retraining', '--stage', '8'], course.root);
      expect(last.stdout).toContain('order 90');
    } finally {
      course.remove();
    }
  });

  it('refuses a slug that exists and a missing stage, with exit 2', async () => {
    const course = scratchCourse();
    try {
      const taken = await runCli(['new', 'lesson', 'training', '--stage', '5'], course.root);
      expect(taken.code).toBe(2);
      expect(taken.stderr).toContain('lesson "training" already exists (content/lessons/training.mdx)');
      const noStage = await runCli(['new', 'lesson', 'retraining'], course.root);
      expect(noStage.code).toBe(2);
      expect(noStage.stderr).toContain('new needs --stage N');
    } finally {
      course.remove();
    }
  });
});
