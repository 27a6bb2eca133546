import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readExerciseFolder } from './exercise-folder.ts';
import { exerciseMetadata } from './exercise-metadata.ts';

const valid = { title: 'T', stage: 2, lesson: 'training', hints: ['a', 'b'] };

describe('exercise task.md frontmatter', () => {
  it('is strict: an unknown key is refused with the nearest valid name (the message the build shows too)', () => {
    const result = exerciseMetadata.safeParse({ ...valid, stgae: 3 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(
      'unknown field "stgae"; did you mean "stage"? (fields: title, stage, lesson, hints, timeLimitMs)',
    );
    expect(exerciseMetadata.safeParse({ ...valid, timeLimitMs: 5000 }).success).toBe(true);
  });

  describe('read from a folder', () => {
    let root = '';
    afterEach(() => rmSync(root, { recursive: true, force: true }));

    it('names the file and each unknown field', () => {
      root = mkdtempSync(join(tmpdir(), 'exercise-'));
      const folder = join(root, 'content/exercises/z-score');
      mkdirSync(folder, { recursive: true });
      writeFileSync(
        join(folder, 'task.md'),
        '---\ntitle: Z\nstage: 3\nlesson: training\nhints: [a, b]\ntimelimitMs: 5000\nhint: c\n---\nText.\n',
      );
      expect(() => readExerciseFolder(root, 'z-score')).toThrow(
        [
          'content/exercises/z-score/task.md: frontmatter field "timelimitMs": unknown field; did you mean "timeLimitMs"? (fields: title, stage, lesson, hints, timeLimitMs)',
          'content/exercises/z-score/task.md: frontmatter field "hint": unknown field; did you mean "hints"? (fields: title, stage, lesson, hints, timeLimitMs)',
        ].join('\n'),
      );
    });
  });
});
