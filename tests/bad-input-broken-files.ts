import { BOTH, fixture, MSE_SIGNATURE, type CorpusEntry } from './bad-input-entry.ts';

/**
 * Rows 1–3 and 24 of the bad-input corpus: files that are not yet a submission or cannot
 * become one (the untouched starter, an empty file, a syntax error, a top-level throw, a
 * misspelt export, an oversized file) and one that looks odd but is fine (BOM, CRLF and
 * non-ASCII identifiers).
 */
export const brokenFiles: CorpusEntry[] = [
  {
    row: 1,
    name: 'untouched starter',
    exercise: 'mse',
    file: 'content/exercises/mse/starter.ts',
    environments: BOTH,
    status: 'fail',
    check: { status: 'fail', message: /is not written yet/ },
  },
  {
    row: 1,
    name: 'empty file',
    exercise: 'mse',
    file: fixture('01-empty'),
    environments: BOTH,
    status: 'fail',
    check: { status: 'fail', message: /^nothing to grade yet: the file is empty$/ },
  },
  {
    row: 2,
    name: 'syntax error',
    exercise: 'mse',
    file: fixture('02-syntax-error'),
    environments: BOTH,
    status: 'error',
    message: /^syntax error at 2:24: Unexpected token$/,
  },
  {
    row: 3,
    name: 'top-level throw',
    exercise: 'mse',
    file: fixture('03-top-level-throw'),
    environments: BOTH,
    status: 'error',
    message: /^top-level code threw Error at 1:\d+: not ready yet$/,
  },
  {
    row: 3,
    name: 'misspelt export',
    exercise: 'mse',
    file: fixture('03-misspelt-export'),
    environments: BOTH,
    status: 'error',
    message: /^expected an export named meanSquaredError \(found: meanSquareError\)$/,
  },
  {
    row: 24,
    name: 'BOM, CRLF and non-ASCII identifiers',
    exercise: 'mse',
    file: fixture('24-bom-crlf-unicode'),
    environments: BOTH,
    status: 'pass',
  },
  {
    row: 24,
    name: 'a 260 KB source',
    exercise: 'mse',
    environments: BOTH,
    status: 'error',
    message: /^the file is 26\d KB; submissions are limited to 200 KB$/,
    source: `// ${'x'.repeat(260_000)}\n${MSE_SIGNATURE}  return 0;\n}\n`,
  },
];
