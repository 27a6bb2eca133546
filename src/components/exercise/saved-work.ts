import type { GradeResult } from '../../grading/result.ts';

/**
 * The learner's code and last verdict per exercise, in localStorage. Every access is
 * guarded: storage can be full, disabled or blocked (private mode), and a failed write
 * must never cost the learner the code that is still in the editor.
 */
const codeKey = (id: string) => `lifecycle-lab:code:${id}`;
const resultKey = (id: string) => `lifecycle-lab:result:${id}`;

/** What is remembered about a run: enough to show "passed" without re-running. */
export interface SavedResult {
  status: GradeResult['status'];
  passed: number;
  total: number;
  at: string;
}

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

export function loadResult(id: string): SavedResult | null {
  try {
    const parsed = JSON.parse(read(resultKey(id)) ?? 'null') as SavedResult | null;
    return parsed && typeof parsed.status === 'string' ? parsed : null;
  } catch {
    return null;
  }
}

export function saveResult(id: string, result: GradeResult): boolean {
  const passed = result.tests.filter((test) => test.status === 'pass').length;
  const saved: SavedResult = { status: result.status, passed, total: result.tests.length, at: new Date().toISOString() };
  return write(resultKey(id), JSON.stringify(saved));
}
