import type { GradeResult } from '../../grading/result.ts';
import { buildProgressFile, parseProgressFile, type ProgressFile, type SavedVerdict } from '../../exercises/progress-file.ts';

/**
 * The learner's code and last verdict per exercise, in localStorage. Every access is
 * guarded: storage can be full, disabled or blocked (private mode), and a failed write
 * must never cost the learner the code that is still in the editor.
 */
const CODE_PREFIX = 'lifecycle-lab:code:';
const codeKey = (id: string) => `${CODE_PREFIX}${id}`;
const resultKey = (id: string) => `lifecycle-lab:result:${id}`;

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

export function loadResult(id: string): SavedVerdict | null {
  try {
    const parsed = JSON.parse(read(resultKey(id)) ?? 'null') as SavedVerdict | null;
    return parsed && typeof parsed.status === 'string' ? parsed : null;
  } catch {
    return null;
  }
}

export function saveResult(id: string, result: GradeResult): boolean {
  const passed = result.tests.filter((test) => test.status === 'pass').length;
  const saved: SavedVerdict = { status: result.status, passed, total: result.tests.length, at: new Date().toISOString() };
  return write(resultKey(id), JSON.stringify(saved));
}

/** Everything saved in this browser, as a progress file to download. */
export function exportProgress(): ProgressFile {
  const exercises: ProgressFile['exercises'] = {};
  try {
    for (let i = 0; i < localStorage.length; i += 1) {
      const key = localStorage.key(i);
      if (!key?.startsWith(CODE_PREFIX)) continue;
      const id = key.slice(CODE_PREFIX.length);
      const result = loadResult(id);
      exercises[id] = { code: localStorage.getItem(key) ?? '', ...(result ? { result } : {}) };
    }
  } catch {
    // Storage unreadable: export what could be read (possibly nothing).
  }
  return buildProgressFile(exercises, new Date());
}

/**
 * Validates a progress file and, only if all of it is valid and every write succeeds,
 * makes it this browser's saved work. On any problem nothing is changed.
 */
export function importProgress(text: string): { ok: true; ids: string[] } | { ok: false; message: string } {
  const parsed = parseProgressFile(text);
  if (!parsed.ok) return parsed;
  const entries = Object.entries(parsed.progress.exercises);
  const previous = entries.map(([id]) => [id, read(codeKey(id)), read(resultKey(id))] as const);
  const writeAll = entries.every(
    ([id, entry]) => write(codeKey(id), entry.code) && (!entry.result || write(resultKey(id), JSON.stringify(entry.result))),
  );
  if (!writeAll) {
    // Put back what was there, so a half-written import leaves no trace.
    for (const [id, code, result] of previous) {
      try {
        if (code === null) localStorage.removeItem(codeKey(id));
        else localStorage.setItem(codeKey(id), code);
        if (result === null) localStorage.removeItem(resultKey(id));
        else localStorage.setItem(resultKey(id), result);
      } catch {
        // Nothing more can be done if storage refuses even this.
      }
    }
    return { ok: false, message: 'your browser refused to store the imported work (storage full or blocked); nothing was changed' };
  }
  return { ok: true, ids: entries.map(([id]) => id) };
}
