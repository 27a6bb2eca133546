import { describe, expect, it } from 'vitest';
import { recordReveal } from './exercise-progress.ts';
import { MemoryStore } from './memory-store.ts';
import { loadAllCode, loadProgress, loadQuizzes, PROGRESS_KEY, quizScore, updateExercise } from './progress-store.ts';

/** What this site's version 1 left in a learner's browser: code and last verdict per exercise, nothing else. */
const VERSION_1_STORAGE = {
  'lifecycle-lab:code:mse':
    'export function meanSquaredError(yTrue: number[], yPred: number[]): number {\n  return 0; // my first try\n}\n',
  'lifecycle-lab:result:mse': '{"status":"fail","passed":1,"total":5,"at":"2026-11-20T09:14:03.512Z"}',
  'lifecycle-lab:code:baseline': 'export function majorityBaseline(labels: string[]) {\n  return labels[0];\n}\n',
  'lifecycle-lab:result:baseline': '{"status":"pass","passed":4,"total":4,"at":"2026-11-21T18:40:00.000Z"}',
  'lifecycle-lab:code:k-fold': '// started, never run\n',
  'starlight-theme': 'dark',
};

describe('migrating version 1 storage', () => {
  it('keeps every line of code and turns each verdict into a one-attempt record', () => {
    const store = new MemoryStore(VERSION_1_STORAGE);
    const progress = loadProgress(store);
    expect(progress['mse']).toEqual({
      attempts: 1,
      failedAttempts: 1,
      lastAttemptAt: '2026-11-20T09:14:03.512Z',
      best: 'fail',
      last: { status: 'fail', passed: 1, total: 5, at: '2026-11-20T09:14:03.512Z' },
      revealedAt: null,
    });
    expect(progress['baseline']).toMatchObject({ attempts: 1, best: 'pass' });
    expect(progress['k-fold']).toBeUndefined();
    expect(loadAllCode(store)).toEqual({
      mse: VERSION_1_STORAGE['lifecycle-lab:code:mse'],
      baseline: VERSION_1_STORAGE['lifecycle-lab:code:baseline'],
      'k-fold': VERSION_1_STORAGE['lifecycle-lab:code:k-fold'],
    });
    expect(store.getItem('starlight-theme')).toBe('dark');
    // Done once: the old verdict keys are gone and the record is versioned.
    expect([...store.items.keys()].filter((key) => key.startsWith('lifecycle-lab:result:'))).toEqual([]);
    expect(JSON.parse(store.getItem(PROGRESS_KEY)!)).toMatchObject({ version: 2 });
    expect(loadProgress(store)).toEqual(progress);
  });

  it('leaves the old keys in place when storage refuses the new record, and serves the migrated records anyway', () => {
    const store = new MemoryStore(VERSION_1_STORAGE);
    store.refuseWrites = true;
    expect(loadProgress(store)['mse']?.best).toBe('fail');
    expect(store.getItem('lifecycle-lab:result:mse')).not.toBeNull();
    expect(store.getItem(PROGRESS_KEY)).toBeNull();
  });

  it('does not let a stale version 1 verdict overwrite a newer record', () => {
    const store = new MemoryStore(VERSION_1_STORAGE);
    updateExercise(store, 'mse', (progress) => recordReveal(progress, new Date('2026-11-22T00:00:00Z')));
    store.setItem('lifecycle-lab:result:mse', '{"status":"pass","passed":5,"total":5,"at":"2026-11-19T00:00:00.000Z"}');
    expect(loadProgress(store)['mse']).toMatchObject({ best: 'fail', revealedAt: '2026-11-22T00:00:00.000Z' });
  });

  it('skips a damaged verdict or record instead of trusting it', () => {
    const store = new MemoryStore({
      'lifecycle-lab:result:mse': '{"status":"great"}',
      'lifecycle-lab:result:baseline': 'not json',
    });
    expect(loadProgress(store)).toEqual({});
    store.setItem(
      PROGRESS_KEY,
      '{"version":2,"exercises":{"mse":{"attempts":-1},"baseline":' +
        '{"attempts":1,"failedAttempts":0,"lastAttemptAt":null,"best":"pass","last":null,"revealedAt":null}}}',
    );
    expect(Object.keys(loadProgress(store))).toEqual(['baseline']);
  });
});

describe('quiz answers', () => {
  it('are read by lesson slug and scored as correct answers out of the questions', () => {
    const store = new MemoryStore({
      'lifecycle-lab:quiz:v1:training': JSON.stringify({
        questions: 4,
        answers: {
          leakage: { choice: 1, correct: true, at: '2026-11-28T10:00:00.000Z' },
          split: { choice: 0, correct: false, at: '2026-11-28T10:01:00.000Z' },
          drift: { choice: 2, correct: true, at: '2026-11-28T10:02:00.000Z' },
        },
      }),
      'lifecycle-lab:quiz:v1:monitoring': '{"questions":"three"}',
    });
    const quizzes = loadQuizzes(store);
    expect(Object.keys(quizzes)).toEqual(['training']);
    expect(quizScore(quizzes['training']!)).toEqual({ correct: 2, questions: 4 });
  });
});
