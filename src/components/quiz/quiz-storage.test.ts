import { describe, expect, it } from 'vitest';
import { loadQuiz, quizKey, saveQuiz, type SavedQuiz } from './quiz-storage.ts';

/** A Storage stand-in over a Map; `full` makes every write throw, as a full or disabled storage does. */
function memoryStorage(full = false) {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (full) throw new DOMException('quota', 'QuotaExceededError');
      items.set(key, value);
    },
    removeItem: (key: string) => void items.delete(key),
  };
}

const choices = new Map([
  ['split-first', 3],
  ['leaky-feature', 4],
]);

describe('quiz answers in localStorage', () => {
  it('round-trips under lifecycle-lab:quiz:v1:<lesson> in the shape the progress page reads', () => {
    const storage = memoryStorage();
    const quiz: SavedQuiz = { questions: 2, answers: { 'split-first': { choice: 1, correct: true, at: '2026-11-29T05:00:00.000Z' } } };
    expect(saveQuiz(storage, 'training', quiz)).toBe(true);
    expect(JSON.parse(storage.items.get('lifecycle-lab:quiz:v1:training')!)).toEqual(quiz);
    expect(loadQuiz(storage, 'training', choices)).toEqual(quiz);
  });

  it('drops answers to questions that no longer exist, out-of-range choices and malformed entries', () => {
    const storage = memoryStorage();
    storage.setItem(
      quizKey('training'),
      JSON.stringify({
        questions: 5,
        answers: {
          'split-first': { choice: 3, correct: false, at: 'x' },
          'leaky-feature': { choice: 2, correct: 'yes', at: 'x' },
          removed: { choice: 0, correct: true, at: 'x' },
        },
      }),
    );
    expect(loadQuiz(storage, 'training', choices)).toEqual({ questions: 2, answers: {} });
  });

  it('reads unreadable JSON as nothing answered, and reports a refused write', () => {
    const storage = memoryStorage(true);
    storage.items.set(quizKey('training'), '{not json');
    expect(loadQuiz(storage, 'training', choices)).toEqual({ questions: 2, answers: {} });
    expect(saveQuiz(storage, 'training', { questions: 2, answers: { 'split-first': { choice: 0, correct: false, at: 'x' } } })).toBe(false);
  });

  it('clearing every answer removes the key', () => {
    const storage = memoryStorage();
    storage.items.set(quizKey('training'), '{}');
    saveQuiz(storage, 'training', { questions: 2, answers: {} });
    expect(storage.items.has(quizKey('training'))).toBe(false);
  });
});
