import type { CheckStatus, GradeResult } from '../src/grading/result.ts';

/**
 * One entry of the bad-input corpus (bad-input-corpus.ts): a broken or hostile submission
 * and the outcome the grader must give, in `lifecycle-lab grade` and in the browser alike.
 */
export interface CorpusEntry {
  row: number;
  name: string;
  exercise: string;
  /** The submission, from the project root; or `source` for generated ones. */
  file?: string;
  source?: string;
  /** Where the entry runs; a real out-of-memory is only provoked in Node (a browser tab may die of it). */
  environments: ('node' | 'browser')[];
  /** The verdict; a list where the machine's speed decides between equally good outcomes. */
  status: GradeResult['status'] | GradeResult['status'][];
  /** For status `error`: what the result's message must say. */
  message?: RegExp;
  /** The first check that did not pass (or the named one): its status and message. */
  check?: { id?: string; status: CheckStatus; message: RegExp };
  /** For row 25: the class of the security round the attack belongs to (1–10). */
  security?: number;
  /** Extra assertions on the result. */
  also?: (result: GradeResult) => void;
}

/** A submission kept as a file under tests/fixtures/bad-inputs/. */
export const fixture = (name: string) => `tests/fixtures/bad-inputs/${name}.ts`;
/** Most entries run in both environments. */
export const BOTH: CorpusEntry['environments'] = ['node', 'browser'];
/** The first line of a generated MSE submission. */
export const MSE_SIGNATURE = 'export function meanSquaredError(yTrue: readonly number[], yPred: readonly number[]): number {\n';

/** Checks a result against an entry; throws with a readable reason. */
export function assertOutcome(entry: CorpusEntry, result: GradeResult): void {
  const where = `row ${entry.row} (${entry.name})`;
  const allowed = Array.isArray(entry.status) ? entry.status : [entry.status];
  if (!allowed.includes(result.status))
    throw new Error(
      `${where}: status ${result.status}, expected ${entry.status}: ${result.message ?? JSON.stringify(result.tests.find((t) => t.status !== 'pass'))}`,
    );
  if (entry.message && !entry.message.test(result.message ?? ''))
    throw new Error(`${where}: message "${result.message}" does not match ${entry.message}`);
  if (entry.check) {
    const { id, status, message } = entry.check;
    const test = id ? result.tests.find((candidate) => candidate.id === id) : result.tests.find((candidate) => candidate.status !== 'pass');
    if (!test) throw new Error(`${where}: no ${id ? `check "${id}"` : 'failing check'} in the result`);
    if (test.status !== status || !message.test(test.message ?? '')) {
      throw new Error(`${where}: check "${test.id}" is ${test.status} "${test.message}", expected ${status} matching ${message}`);
    }
  }
  entry.also?.(result);
}
