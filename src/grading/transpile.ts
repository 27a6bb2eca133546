import { transform } from 'sucrase';

/** Submissions larger than this are refused before any work is done on them. */
export const MAX_SOURCE_BYTES = 200_000;

/** The learner's TypeScript as runnable CommonJS, or why it is not. */
export type TranspileResult =
  | { ok: true; code: string }
  | { ok: false; message: string; line?: number; column?: number };

/**
 * Strips types and turns ES module syntax into CommonJS that the learner harness can run
 * with `new Function`. Sucrase keeps line numbers unchanged, so runtime errors can be
 * mapped straight back to the learner's file. Sucrase does not type-check: the editor
 * shows type errors; the grader judges behaviour.
 */
export function transpileSubmission(source: string): TranspileResult {
  const bytes = new TextEncoder().encode(source).length;
  if (bytes > MAX_SOURCE_BYTES) {
    return {
      ok: false,
      message: `the file is ${Math.round(bytes / 1000)} KB; submissions are limited to ${MAX_SOURCE_BYTES / 1000} KB`,
    };
  }
  const withoutBom = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  try {
    const { code } = transform(withoutBom, { transforms: ['typescript', 'imports'], filePath: 'learner.ts' });
    return { ok: true, code };
  } catch (error) {
    const { message, loc } = error as { message?: string; loc?: { line: number; column: number } };
    const text = String(message ?? error)
      .replace(/^Error transforming \S+: /, '')
      .replace(/\s*\(\d+:\d+\)$/, '');
    return loc
      ? { ok: false, message: `syntax error at ${loc.line}:${loc.column}: ${text}`, line: loc.line, column: loc.column }
      : { ok: false, message: `could not read the file: ${text}` };
  }
}
