import type { ExerciseProgress } from './exercise-progress.ts';
import { exerciseProgressProblem, isRecord, quizProblem, verdictProblem } from './progress-checks.ts';

/**
 * The file a learner exports to move their work to another machine or hand it to an
 * instructor: every exercise's code and last verdict and, since version 2, the progress
 * record (attempts, best verdict, reveals) and quiz answers. The browser writes and reads
 * it, and `lifecycle-lab grade` accepts it in place of a .ts file (it reads only `exercises`,
 * which is the same in both versions). Version 1 files still import. Environment-free.
 */

const PROGRESS_FORMAT = 'lifecycle-lab-progress';
/** The version this site writes; it reads this one and every earlier one. */
export const PROGRESS_VERSION = 2;
/** A generous ceiling: a real export is a few KB per exercise. */
const MAX_EXERCISES = 500;

export interface SavedVerdict {
  status: 'pass' | 'fail' | 'error';
  passed: number;
  total: number;
  at: string;
}

/** One quiz's answers, exactly as the quiz component stores them. */
export interface QuizRecord {
  questions: number;
  answers: Record<string, { choice: number; correct: boolean; at: string }>;
}

/** Everything beyond code: per-exercise records and per-lesson quiz answers. */
export interface CourseProgress {
  exercises: Record<string, ExerciseProgress>;
  quizzes: Record<string, QuizRecord>;
}

export interface ProgressFile {
  format: typeof PROGRESS_FORMAT;
  version: 1 | typeof PROGRESS_VERSION;
  exportedAt: string;
  exercises: Record<string, { code: string; result?: SavedVerdict }>;
  /** Absent from version 1 files. */
  progress?: CourseProgress;
}

/** Parsed progress, or the reason the file was refused (nothing is changed then). */
export type ProgressParse = { ok: true; progress: ProgressFile } | { ok: false; message: string };

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Lesson slugs may have folders (`stage/lesson`). */
const LESSON_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

function entriesProblem(value: unknown, where: string, name: RegExp, nameRule: string, check: typeof quizProblem): string | undefined {
  if (!isRecord(value)) return `${where} must be an object`;
  const keys = Object.keys(value);
  if (keys.length > MAX_EXERCISES) return `${where} has ${keys.length} entries; at most ${MAX_EXERCISES} are accepted`;
  for (const key of keys) {
    if (!name.test(key)) return `${where}["${key}"]: ${nameRule}`;
    const problem = check(value[key], `${where}["${key}"]`);
    if (problem) return problem;
  }
  return undefined;
}

function courseProgressProblem(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value)) return '"progress" must be an object with "exercises" and "quizzes"';
  return (
    entriesProblem(value['exercises'], 'progress.exercises', KEBAB, 'exercise ids are lowercase kebab-case', exerciseProgressProblem) ??
    entriesProblem(value['quizzes'], 'progress.quizzes', LESSON_SLUG, 'lesson slugs are lowercase kebab-case', quizProblem)
  );
}

/** Validates a progress file's text (any version this site reads), naming the first field that is wrong. */
export function parseProgressFile(text: string): ProgressParse {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `this is not a progress file: it is not valid JSON (${(error as Error).message})` };
  }
  if (!isRecord(data) || data['format'] !== PROGRESS_FORMAT)
    return { ok: false, message: `this is not a progress file: "format" must be "${PROGRESS_FORMAT}"` };
  if (data['version'] !== 1 && data['version'] !== PROGRESS_VERSION)
    return {
      ok: false,
      message: `unsupported progress file version ${String(data['version'])}; this site reads versions 1 to ${PROGRESS_VERSION}`,
    };
  const exercises = data['exercises'];
  if (!isRecord(exercises)) return { ok: false, message: '"exercises" must be an object of exercise id → { code }' };
  const ids = Object.keys(exercises);
  if (ids.length > MAX_EXERCISES)
    return { ok: false, message: `"exercises" has ${ids.length} entries; at most ${MAX_EXERCISES} are accepted` };
  for (const id of ids) {
    const where = `exercises["${id}"]`;
    if (!KEBAB.test(id)) return { ok: false, message: `${where}: exercise ids are lowercase kebab-case` };
    const entry = exercises[id];
    if (!isRecord(entry) || typeof entry['code'] !== 'string') return { ok: false, message: `${where}.code must be a string` };
    const problem = entry['result'] === undefined ? undefined : verdictProblem(entry['result'], `${where}.result`);
    if (problem) return { ok: false, message: problem };
  }
  const progressProblem = data['version'] === 1 ? undefined : courseProgressProblem(data['progress']);
  if (progressProblem) return { ok: false, message: progressProblem };
  return { ok: true, progress: data as unknown as ProgressFile };
}

/** Builds a progress file (the current version) from what is saved per exercise and the course progress. */
export function buildProgressFile(exercises: ProgressFile['exercises'], progress: CourseProgress, exportedAt: Date): ProgressFile {
  return { format: PROGRESS_FORMAT, version: PROGRESS_VERSION, exportedAt: exportedAt.toISOString(), exercises, progress };
}
