import { emptyProgress, recordAttempt, type ExerciseProgress } from './exercise-progress.ts';
import { exerciseProgressProblem, isRecord, quizProblem, verdictProblem } from './progress-checks.ts';
import type { CourseProgress, QuizRecord, SavedVerdict } from './progress-file.ts';

/**
 * The learner's progress in browser storage, versioned. Layout (version 2):
 * - `lifecycle-lab:code:<id>`: the code, as since version 1 (left where it is, so no
 *   upgrade can lose it);
 * - `lifecycle-lab:progress`: `{ version: 2, exercises: { <id>: ExerciseProgress } }`;
 * - `lifecycle-lab:quiz:v1:<lesson-slug>`: a quiz's answers, written by the quiz component.
 * Version 1 kept only the last verdict, under `lifecycle-lab:result:<id>`: {@link loadProgress}
 * folds those into the record (one attempt, that verdict) and removes them once the record
 * is written. Takes the storage as a parameter, so the tests run it on real old data.
 */
export interface KeyValueStore {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const CODE_PREFIX = 'lifecycle-lab:code:';
export const PROGRESS_KEY = 'lifecycle-lab:progress';
export const QUIZ_PREFIX = 'lifecycle-lab:quiz:v1:';
/** Version 1's verdict keys, read only to migrate them. */
export const LEGACY_RESULT_PREFIX = 'lifecycle-lab:result:';
export const STORE_VERSION = 2;

interface StoredProgress {
  version: typeof STORE_VERSION;
  exercises: Record<string, ExerciseProgress>;
}

function keysWithPrefix(store: KeyValueStore, prefix: string): string[] {
  const keys: string[] = [];
  for (let i = 0; i < store.length; i += 1) {
    const key = store.key(i);
    if (key?.startsWith(prefix)) keys.push(key);
  }
  return keys;
}

function parseJson(text: string | null): unknown {
  try {
    return text === null ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The stored records, keeping only entries that pass their checks (a damaged one is not trusted). */
function readStored(store: KeyValueStore): Record<string, ExerciseProgress> {
  const data = parseJson(store.getItem(PROGRESS_KEY));
  if (!isRecord(data) || data['version'] !== STORE_VERSION || !isRecord(data['exercises'])) return {};
  const records: Record<string, ExerciseProgress> = {};
  for (const [id, record] of Object.entries(data['exercises'])) {
    if (!exerciseProgressProblem(record, id)) records[id] = record as ExerciseProgress;
  }
  return records;
}

/** Writes every exercise's record; throws when storage refuses (callers decide what that costs). */
export function saveProgress(store: KeyValueStore, exercises: Record<string, ExerciseProgress>): void {
  const stored: StoredProgress = { version: STORE_VERSION, exercises };
  store.setItem(PROGRESS_KEY, JSON.stringify(stored));
}

/**
 * Every exercise's record, migrating version 1 verdicts first. A legacy key is removed only
 * after the record holding its verdict was written, so a full or read-only storage leaves
 * the old data where it was and the migration runs again next time.
 */
export function loadProgress(store: KeyValueStore): Record<string, ExerciseProgress> {
  const exercises = readStored(store);
  const legacyKeys = keysWithPrefix(store, LEGACY_RESULT_PREFIX);
  if (legacyKeys.length === 0) return exercises;
  for (const key of legacyKeys) {
    const id = key.slice(LEGACY_RESULT_PREFIX.length);
    const verdict = parseJson(store.getItem(key));
    // A record already there is newer than any version 1 verdict (an old tab may have written it late).
    if (exercises[id] || verdictProblem(verdict, key)) continue;
    exercises[id] = recordAttempt(emptyProgress(), verdict as SavedVerdict);
  }
  try {
    saveProgress(store, exercises);
    for (const key of legacyKeys) store.removeItem(key);
  } catch {
    // Storage refused: the legacy keys stay, and the records above still serve this page.
  }
  return exercises;
}

/** Applies `change` to one exercise's record and saves; returns the new record, or null when storage refused. */
export function updateExercise(
  store: KeyValueStore,
  id: string,
  change: (progress: ExerciseProgress) => ExerciseProgress,
): ExerciseProgress | null {
  const exercises = loadProgress(store);
  const next = change(exercises[id] ?? emptyProgress());
  try {
    saveProgress(store, { ...exercises, [id]: next });
    return next;
  } catch {
    return null;
  }
}

/** Every exercise id with saved code, and the code. */
export function loadAllCode(store: KeyValueStore): Record<string, string> {
  const code: Record<string, string> = {};
  for (const key of keysWithPrefix(store, CODE_PREFIX)) code[key.slice(CODE_PREFIX.length)] = store.getItem(key) ?? '';
  return code;
}

/** Every quiz answered in this browser, by lesson slug; a damaged entry is left out. */
export function loadQuizzes(store: KeyValueStore): Record<string, QuizRecord> {
  const quizzes: Record<string, QuizRecord> = {};
  for (const key of keysWithPrefix(store, QUIZ_PREFIX)) {
    const record = parseJson(store.getItem(key));
    if (!quizProblem(record, key)) quizzes[key.slice(QUIZ_PREFIX.length)] = record as QuizRecord;
  }
  return quizzes;
}

/** A quiz's score: correct answers out of its questions. */
export function quizScore(quiz: QuizRecord): { correct: number; questions: number } {
  const correct = Object.values(quiz.answers).filter((answer) => answer.correct).length;
  return { correct, questions: quiz.questions };
}

/** All progress beyond code, as the progress file carries it. */
export const loadCourseProgress = (store: KeyValueStore): CourseProgress => ({
  exercises: loadProgress(store),
  quizzes: loadQuizzes(store),
});
