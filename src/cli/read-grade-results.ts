import { readFileSync, statSync } from 'node:fs';
import type { GradeResult } from '../grading/result.ts';
import { UsageError } from './cli-arguments.ts';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Why `item` is not one result of the JSON format (shared/spec/grading-cli.md), or undefined. */
function notAResult(item: unknown): string | undefined {
  if (!isRecord(item)) return 'is not an object';
  if (item['version'] !== 1) return `has version ${JSON.stringify(item['version'])}, expected 1`;
  for (const field of ['exercise', 'file', 'status'] as const) if (typeof item[field] !== 'string') return `has no "${field}"`;
  if (!Array.isArray(item['tests'])) return 'has no "tests" list';
  const badTest = item['tests'].findIndex(
    (test) => !isRecord(test) || typeof test['id'] !== 'string' || typeof test['status'] !== 'string',
  );
  if (badTest >= 0) return `has a test (#${badTest + 1}) without "id" and "status"`;
  return undefined;
}

/**
 * Reads `grade --format json` outputs: each file holds one result (an object) or a list of
 * them (an array), as a shard of any size prints. A file that is not that is a usage error
 * naming the file and, for a list, the item.
 */
export function readGradeResults(paths: readonly string[]): GradeResult[] {
  return paths.flatMap((path) => {
    let text: string;
    try {
      if (!statSync(path).isFile()) throw new UsageError(`${path}: not a file; give the JSON files grade --format json wrote`);
      text = readFileSync(path, 'utf8');
    } catch (error) {
      if (error instanceof UsageError) throw error;
      throw new UsageError(`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw new UsageError(`${path}: not JSON (${(error as Error).message}); give the output of grade --format json`);
    }
    const items = Array.isArray(parsed) ? parsed : [parsed];
    items.forEach((item, index) => {
      const problem = notAResult(item);
      if (problem)
        throw new UsageError(
          `${path}: ${Array.isArray(parsed) ? `item ${index + 1} ` : ''}${problem}; expected grade --format json output`,
        );
    });
    return items as GradeResult[];
  });
}
