import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CheckDefinition, ExerciseChecks } from '../grading/check-kit.ts';
import type { VerifiableExercise } from '../grading/gradable-exercise.ts';
import { transpileSubmission } from '../grading/transpile.ts';
import { ExerciseContentError, readExerciseFolder, type ExerciseFolder } from './exercise-folder.ts';

/** An exercise folder with its checks and reference solution imported: what Node grades and verifies. */
export type LoadedExercise = ExerciseFolder & VerifiableExercise;

async function importFrom(root: string, file: string): Promise<Record<string, unknown>> {
  try {
    return (await import(pathToFileURL(join(root, file)).href)) as Record<string, unknown>;
  } catch (error) {
    throw new ExerciseContentError(`${file}${syntaxErrorPosition(root, file)}: could not be loaded: ${(error as Error).message}`);
  }
}

/**
 * Node's type stripping reports a syntax error without a position; sucrase, which grades
 * learners' files, parses the same TypeScript and says where. `:line:column` or nothing.
 */
function syntaxErrorPosition(root: string, file: string): string {
  try {
    const parsed = transpileSubmission(readFileSync(join(root, file), 'utf8'));
    return !parsed.ok && parsed.line !== undefined ? `:${parsed.line}:${parsed.column ?? 1}` : '';
  } catch {
    return '';
  }
}

/** Reads an exercise folder and imports its checks (grader side only) and solution. */
export async function loadExercise(root: string, id: string): Promise<LoadedExercise> {
  const folder = readExerciseFolder(root, id);
  const checks = (await importFrom(root, folder.checksFile))['default'] as ExerciseChecks<unknown> | undefined;
  if (!checks || typeof checks.exportName !== 'string' || !Array.isArray(checks.checks)) {
    throw new ExerciseContentError(`${folder.checksFile}: must default-export defineChecks({ exportName, checks })`);
  }
  const ids = new Set<string>();
  for (const check of checks.checks) {
    if (ids.has(check.id)) throw new ExerciseContentError(`${folder.checksFile}: two checks have the id "${check.id}"`);
    ids.add(check.id);
  }
  const reference = (await importFrom(root, folder.solution.file))[checks.exportName];
  if (typeof reference !== 'function') {
    throw new ExerciseContentError(`${folder.solution.file}: expected an export named ${checks.exportName}`);
  }
  const hidden = folder.hiddenChecksFile
    ? ((await importFrom(root, folder.hiddenChecksFile))['default'] as CheckDefinition<unknown>[] | undefined)
    : [];
  if (!Array.isArray(hidden)) throw new ExerciseContentError(`${folder.hiddenChecksFile}: must default-export an array of checks`);
  return { ...folder, checks, hiddenChecks: hidden, reference, timeLimitMs: folder.metadata.timeLimitMs };
}
