/**
 * The file a learner exports to move their work to another machine or hand it to an
 * instructor: every exercise's code and last verdict. The browser writes and reads it,
 * and `lifecycle-lab grade` accepts it in place of a .ts file. Environment-free.
 */

const PROGRESS_FORMAT = 'lifecycle-lab-progress';
const PROGRESS_VERSION = 1;
/** A generous ceiling: a real export is a few KB per exercise. */
const MAX_EXERCISES = 500;

export interface SavedVerdict {
  status: 'pass' | 'fail' | 'error';
  passed: number;
  total: number;
  at: string;
}

export interface ProgressFile {
  format: typeof PROGRESS_FORMAT;
  version: typeof PROGRESS_VERSION;
  exportedAt: string;
  exercises: Record<string, { code: string; result?: SavedVerdict }>;
}

/** Parsed progress, or the reason the file was refused (nothing is changed then). */
export type ProgressParse = { ok: true; progress: ProgressFile } | { ok: false; message: string };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const EXERCISE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function checkVerdict(value: unknown, where: string): string | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value)) return `${where}.result must be an object`;
  if (value['status'] !== 'pass' && value['status'] !== 'fail' && value['status'] !== 'error')
    return `${where}.result.status must be pass, fail or error`;
  if (!Number.isInteger(value['passed']) || !Number.isInteger(value['total']))
    return `${where}.result.passed and .total must be whole numbers`;
  if (typeof value['at'] !== 'string') return `${where}.result.at must be a date string`;
  return undefined;
}

/** Validates a progress file's text, naming the first field that is wrong. */
export function parseProgressFile(text: string): ProgressParse {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `this is not a progress file: it is not valid JSON (${(error as Error).message})` };
  }
  if (!isRecord(data) || data['format'] !== PROGRESS_FORMAT)
    return { ok: false, message: `this is not a progress file: "format" must be "${PROGRESS_FORMAT}"` };
  if (data['version'] !== PROGRESS_VERSION)
    return {
      ok: false,
      message: `unsupported progress file version ${String(data['version'])}; this site reads version ${PROGRESS_VERSION}`,
    };
  const exercises = data['exercises'];
  if (!isRecord(exercises)) return { ok: false, message: '"exercises" must be an object of exercise id → { code }' };
  const ids = Object.keys(exercises);
  if (ids.length > MAX_EXERCISES)
    return { ok: false, message: `"exercises" has ${ids.length} entries; at most ${MAX_EXERCISES} are accepted` };
  for (const id of ids) {
    const where = `exercises["${id}"]`;
    if (!EXERCISE_ID.test(id)) return { ok: false, message: `${where}: exercise ids are lowercase kebab-case` };
    const entry = exercises[id];
    if (!isRecord(entry) || typeof entry['code'] !== 'string') return { ok: false, message: `${where}.code must be a string` };
    const problem = checkVerdict(entry['result'], where);
    if (problem) return { ok: false, message: problem };
  }
  return { ok: true, progress: data as unknown as ProgressFile };
}

/** Builds a progress file from what is saved per exercise. */
export function buildProgressFile(exercises: ProgressFile['exercises'], exportedAt: Date): ProgressFile {
  return { format: PROGRESS_FORMAT, version: PROGRESS_VERSION, exportedAt: exportedAt.toISOString(), exercises };
}
