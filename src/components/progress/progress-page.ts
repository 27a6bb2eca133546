import { exerciseStatus, type ExerciseStatus } from '../../exercises/exercise-progress.ts';
import { loadProgress, loadQuizzes, quizScore } from '../../exercises/progress-store.ts';

const WORDS: Record<ExerciseStatus, string> = { 'not-started': 'Not started', attempted: 'Attempted', passed: 'Passed' };

/** A date as the learner reads it, with the exact time kept for machines. */
function timeElement(iso: string): HTMLTimeElement {
  const time = document.createElement('time');
  time.dateTime = iso;
  time.textContent = new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  return time;
}

/**
 * Fills the progress page's server-rendered rows (progress.astro) with this browser's
 * progress: each exercise's status, attempts, last attempt and reveal, each lesson's quiz
 * score, and a one-line summary. Reading the progress also migrates version 1 storage.
 */
export function fillProgressPage(page: Document): void {
  let records: ReturnType<typeof loadProgress> = {};
  let quizzes: ReturnType<typeof loadQuizzes> = {};
  try {
    records = loadProgress(localStorage);
    quizzes = loadQuizzes(localStorage);
  } catch {
    // Storage blocked: the page shows the course with nothing done, which is all it can know.
  }
  const rows = [...page.querySelectorAll<HTMLTableRowElement>('[data-exercise-row]')];
  for (const row of rows) {
    const record = records[row.dataset['exerciseRow'] ?? ''];
    const status = exerciseStatus(record);
    const cell = (name: string) => row.querySelector<HTMLElement>(`[data-cell="${name}"]`)!;
    cell('status').dataset['progress'] = status;
    cell('status').textContent = WORDS[status];
    cell('attempts').textContent = String(record?.attempts ?? 0);
    if (record?.lastAttemptAt) cell('last').replaceChildren(timeElement(record.lastAttemptAt));
    if (record?.revealedAt) cell('revealed').replaceChildren('Revealed ', timeElement(record.revealedAt));
  }
  for (const element of page.querySelectorAll<HTMLElement>('[data-quiz]')) {
    const quiz = quizzes[element.dataset['quiz'] ?? ''];
    if (!quiz) continue;
    const { correct, questions } = quizScore(quiz);
    element.textContent = `Quiz: ${correct} of ${questions} correct (${Object.keys(quiz.answers).length} answered).`;
    element.hidden = false;
  }
  const passed = rows.filter((row) => row.querySelector('[data-progress="passed"]')).length;
  const summary = page.querySelector('[data-progress-summary]');
  if (summary) summary.textContent = `${passed} of ${rows.length} exercises passed; ${Object.keys(quizzes).length} quiz(zes) answered.`;
}
