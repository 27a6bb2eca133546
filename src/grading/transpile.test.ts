import { describe, expect, it } from 'vitest';
import { MAX_SOURCE_BYTES, transpileSubmission } from './transpile.ts';

describe('transpileSubmission', () => {
  it('strips types and keeps each statement on its original line', () => {
    const result = transpileSubmission('const a: number = 1;\n\nexport function f(x: number): number {\n  return x + a;\n}\n');
    expect(result.ok).toBe(true);
    const code = result.ok ? result.code : '';
    expect(code).not.toContain(': number');
    expect(code.split('\n')[3]).toContain('return x + a;');
  });

  it('reports a syntax error at the line and column of the learner file', () => {
    const result = transpileSubmission('export function f() {\n  return 1 +;\n}\n');
    expect(result).toMatchObject({ ok: false, line: 2, column: 13 });
    expect(result.ok ? '' : result.message).toMatch(/^syntax error at 2:13: /);
  });

  it('accepts a byte-order mark, CRLF line ends and non-ASCII identifiers', () => {
    const result = transpileSubmission(
      '\uFEFFexport function mittelwert(zahlen: number[]): number {\r\n  const größe = zahlen.length;\r\n  return größe;\r\n}\r\n',
    );
    expect(result.ok).toBe(true);
  });

  it('refuses an oversized file before transpiling it', () => {
    const result = transpileSubmission(`// ${'x'.repeat(MAX_SOURCE_BYTES)}`);
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/limited to 200 KB/) });
  });
});
