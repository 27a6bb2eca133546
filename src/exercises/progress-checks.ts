/**
 * Field-by-field checks of progress data, shared by the progress file (an import names the
 * first wrong field) and the browser store (a damaged entry is dropped, not trusted).
 * Each returns the problem, naming where it is, or undefined. Environment-free.
 */

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isCount = (value: unknown) => Number.isInteger(value) && (value as number) >= 0;
const isTimeOrNull = (value: unknown) => value === null || (typeof value === 'string' && !Number.isNaN(Date.parse(value)));
const STATUSES = ['pass', 'fail', 'error'];

/** A saved verdict: `{ status, passed, total, at }`. */
export function verdictProblem(value: unknown, where: string): string | undefined {
  if (!isRecord(value)) return `${where} must be an object`;
  if (!STATUSES.includes(value['status'] as string)) return `${where}.status must be pass, fail or error`;
  if (!Number.isInteger(value['passed']) || !Number.isInteger(value['total'])) return `${where}.passed and .total must be whole numbers`;
  if (typeof value['at'] !== 'string') return `${where}.at must be a date string`;
  return undefined;
}

/** An exercise's progress record (see exercise-progress.ts). */
export function exerciseProgressProblem(value: unknown, where: string): string | undefined {
  if (!isRecord(value)) return `${where} must be an object`;
  if (!isCount(value['attempts']) || !isCount(value['failedAttempts']))
    return `${where}.attempts and .failedAttempts must be whole numbers, 0 or more`;
  if (!isTimeOrNull(value['lastAttemptAt'])) return `${where}.lastAttemptAt must be a date string or null`;
  if (value['best'] !== null && !STATUSES.includes(value['best'] as string)) return `${where}.best must be pass, fail, error or null`;
  if (value['last'] !== null) {
    const problem = verdictProblem(value['last'], `${where}.last`);
    if (problem) return problem;
  }
  if (!isTimeOrNull(value['revealedAt'])) return `${where}.revealedAt must be a date string or null`;
  return undefined;
}

/** A quiz's answers as the quiz component stores them: `{ questions, answers: { id: { choice, correct, at } } }`. */
export function quizProblem(value: unknown, where: string): string | undefined {
  if (!isRecord(value)) return `${where} must be an object`;
  if (!Number.isInteger(value['questions']) || (value['questions'] as number) < 1)
    return `${where}.questions must be a whole number, 1 or more`;
  const answers = value['answers'];
  if (!isRecord(answers)) return `${where}.answers must be an object of question id → answer`;
  for (const [id, answer] of Object.entries(answers)) {
    const at = `${where}.answers["${id}"]`;
    if (
      !isRecord(answer) ||
      !Number.isInteger(answer['choice']) ||
      typeof answer['correct'] !== 'boolean' ||
      typeof answer['at'] !== 'string'
    )
      return `${at} must be { choice: number, correct: boolean, at: date string }`;
  }
  return undefined;
}
