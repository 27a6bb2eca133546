import { describe, expect, it } from 'vitest';
import { buildProgressFile, parseProgressFile } from './progress-file.ts';

describe('progress files', () => {
  it('round-trips code and verdicts', () => {
    const file = buildProgressFile(
      { mse: { code: 'export const x = 1;', result: { status: 'pass', passed: 5, total: 5, at: '2026-11-27T10:00:00.000Z' } } },
      new Date(0),
    );
    expect(parseProgressFile(JSON.stringify(file))).toEqual({ ok: true, progress: file });
  });

  it.each([
    ['not json', /not valid JSON/],
    ['{"format":"something-else"}', /"format" must be "lifecycle-lab-progress"/],
    ['{"format":"lifecycle-lab-progress","version":2,"exercises":{}}', /unsupported progress file version 2/],
    ['{"format":"lifecycle-lab-progress","version":1,"exercises":[]}', /"exercises" must be an object/],
    ['{"format":"lifecycle-lab-progress","version":1,"exercises":{"mse":{"code":42}}}', /exercises\["mse"\]\.code must be a string/],
    ['{"format":"lifecycle-lab-progress","version":1,"exercises":{"../etc":{"code":""}}}', /lowercase kebab-case/],
    [
      '{"format":"lifecycle-lab-progress","version":1,"exercises":{"mse":{"code":"","result":{"status":"great"}}}}',
      /result\.status must be pass, fail or error/,
    ],
  ])('refuses %s, saying why', (text, message) => {
    const parsed = parseProgressFile(text);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.message).toMatch(message);
  });
});
