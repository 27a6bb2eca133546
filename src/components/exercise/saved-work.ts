import type { GradeResult } from '../../grading/result.ts';
import { emptyProgress, recordAttempt, recordReveal, type ExerciseProgress } from '../../exercises/exercise-progress.ts';
import { buildProgressFile, parseProgressFile, type ProgressFile, type SavedVerdict } from '../../exercises/progress-file.ts';
import {
  CODE_PREFIX,
  loadAllCode,
  loadCourseProgress,
  loadProgress,
  PROGRESS_KEY,
  QUIZ_PREFIX,
  saveProgress,
  updateExercise,
} from '../../exercises/progress-store.ts';

/**
 * The learner's code and progress per exercise, in localStorage (layout and migration in
 * progress-store.ts). Every access is guarded: storage can be full, disabled or blocked
 * (private mode), and a failed write must never cost the learner the code that is still
 * in the editor.
 */
const codeKey = (id: string) => `${CODE_PREFIX}${id}`;

/** Announced on the page whenever an exercise's progress changes (the sidebar marks follow it). */
export const PROGRESS_CHANGED = 'lifecycle-lab:progress-changed';

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Writes a value; returns false (never throws) when storage refuses it. */
function write(key: string, value: string): boolean {
  try {
    localStorage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

export const loadCode = (id: string): string | null => read(codeKey(id));
export const saveCode = (id: string, code: string): boolean => write(codeKey(id), code);

/** This exercise's progress record (migrating version 1 storage on first use), or null. */
export function loadExerciseProgress(id: string): ExerciseProgress | null {
  try {
    return loadProgress(localStorage)[id] ?? null;
  } catch {
    return null;
  }
}

export const loadResult = (id: string): SavedVerdict | null => loadExerciseProgress(id)?.last ?? null;

function update(id: string, change: (progress: ExerciseProgress) => ExerciseProgress): ExerciseProgress | null {
  let next: ExerciseProgress | null = null;
  try {
    next = updateExercise(localStorage, id, change);
  } catch {
    return null;
  }
  if (next) dispatchEvent(new CustomEvent<string>(PROGRESS_CHANGED, { detail: id }));
  return next;
}

function loadExerciseProgressAll(): Record<string, ExerciseProgress> {
  try {
    return loadProgress(localStorage);
  } catch {
    return {};
  }
}

/** Records one Run: its verdict, the attempt count and time, the best verdict. */
export function saveResult(id: string, result: GradeResult): boolean {
  const passed = result.tests.filter((test) => test.status === 'pass').length;
  const verdict: SavedVerdict = { status: result.status, passed, total: result.tests.length, at: new Date().toISOString() };
  return update(id, (progress) => recordAttempt(progress, verdict)) !== null;
}

/** Records that the learner revealed the reference solution. */
export const saveReveal = (id: string): boolean => update(id, (progress) => recordReveal(progress, new Date())) !== null;

/** Everything saved in this browser, as a progress file to download. */
export function exportProgress(): ProgressFile {
  try {
    const progress = loadCourseProgress(localStorage);
    const exercises: ProgressFile['exercises'] = {};
    for (const [id, code] of Object.entries(loadAllCode(localStorage))) {
      const result = progress.exercises[id]?.last;
      exercises[id] = { code, ...(result ? { result } : {}) };
    }
    return buildProgressFile(exercises, progress, new Date());
  } catch {
    // Storage unreadable: export nothing rather than fail.
    return buildProgressFile({}, { exercises: {}, quizzes: {} }, new Date());
  }
}

/** The verdict-only record a version 1 file gives an exercise (one attempt, that verdict). */
const fromVersion1 = (result: SavedVerdict): ExerciseProgress => recordAttempt(emptyProgress(), result);

/**
 * Validates a progress file (any version) and, only if all of it is valid and every write
 * succeeds, makes it this browser's saved work for what it contains. On any problem nothing
 * is changed.
 */
export function importProgress(text: string): { ok: true; ids: string[] } | { ok: false; message: string } {
  const parsed = parseProgressFile(text);
  if (!parsed.ok) return parsed;
  const file = parsed.progress;
  const writes = new Map<string, string>();
  for (const [id, entry] of Object.entries(file.exercises)) writes.set(codeKey(id), entry.code);
  for (const [slug, quiz] of Object.entries(file.progress?.quizzes ?? {})) writes.set(`${QUIZ_PREFIX}${slug}`, JSON.stringify(quiz));
  // Migrated first, outside the snapshot, so a rollback cannot undo a finished migration.
  const records = loadExerciseProgressAll();
  const previous = new Map([...writes.keys(), PROGRESS_KEY].map((key) => [key, read(key)] as const));
  try {
    for (const [id, entry] of Object.entries(file.exercises)) if (entry.result) records[id] = fromVersion1(entry.result);
    Object.assign(records, file.progress?.exercises ?? {});
    for (const [key, value] of writes) localStorage.setItem(key, value);
    saveProgress(localStorage, records);
  } catch {
    // Put back what was there, so a half-written import leaves no trace.
    for (const [key, value] of previous) {
      try {
        if (value === null) localStorage.removeItem(key);
        else localStorage.setItem(key, value);
      } catch {
        // Nothing more can be done if storage refuses even this.
      }
    }
    return { ok: false, message: 'your browser refused to store the imported work (storage full or blocked); nothing was changed' };
  }
  const ids = [...new Set([...Object.keys(file.exercises), ...Object.keys(file.progress?.exercises ?? {})])];
  for (const id of ids) dispatchEvent(new CustomEvent<string>(PROGRESS_CHANGED, { detail: id }));
  return { ok: true, ids };
}
