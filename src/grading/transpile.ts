import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import { transform } from 'sucrase';

/** Submissions larger than this are refused before any work is done on them. */
export const MAX_SOURCE_BYTES = 200_000;

/** A position in a file: 1-based line, 1-based column (as editors and stack traces count). */
export interface SourcePosition {
  line: number;
  column: number;
}

/** Maps a position in the transpiled code back to the learner's own file, if it can be placed. */
export type PlaceInSource = (position: SourcePosition) => SourcePosition | undefined;

/** The learner's TypeScript as runnable CommonJS, or why it is not. */
export type TranspileResult =
  { ok: true; code: string; placeInSource: PlaceInSource } | { ok: false; message: string; line?: number; column?: number };

/**
 * Strips types and turns ES module syntax into CommonJS that the learner harness can run.
 * Sucrase keeps lines but not columns (types go, `export` goes, a preamble lands on line
 * 1), so it also writes a token-level source map, through which runtime error positions
 * are placed back in the learner's file. Sucrase does not type-check: the editor shows
 * type errors; the grader judges behaviour.
 */
export function transpileSubmission(source: string): TranspileResult {
  const bytes = new TextEncoder().encode(source).length;
  if (bytes > MAX_SOURCE_BYTES) {
    return {
      ok: false,
      message: `the file is ${Math.round(bytes / 1000)} KB; submissions are limited to ${MAX_SOURCE_BYTES / 1000} KB`,
    };
  }
  // A BOM is not code; dropping it shifts no position a learner counts (editors hide it).
  const withoutBom = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  try {
    const { code, sourceMap } = transform(withoutBom, {
      transforms: ['typescript', 'imports'],
      filePath: 'learner.ts',
      sourceMapOptions: { compiledFilename: 'learner.js' },
    });
    const map = new TraceMap({ version: 3, mappings: sourceMap!.mappings, names: [], sources: ['learner.ts'] });
    const placeInSource: PlaceInSource = ({ line, column }) => {
      // trace-mapping counts columns from 0, stack traces from 1.
      const found = originalPositionFor(map, { line, column: Math.max(0, column - 1) });
      return found.line === null ? undefined : { line: found.line, column: found.column + 1 };
    };
    return { ok: true, code, placeInSource };
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
