import { describe, expect, it } from 'vitest';
import { buildProgressFile, parseProgressFile } from './progress-file.ts';

describe('progress files', () => {
  it('round-trips code and verdicts', () => {
    const file = buildProgressFile(
      { mse: { code: 'export const x = 1;', result: { status: 'pass', passed: 5, total: 5, at: '2026-11-27T10:00:00.000Z' } } },
      {
        exercises: {
          mse: {
            attempts: 4,
            failedAttempts: 3,
            lastAttemptAt: '2026-11-27T10:00:00.000Z',
            best: 'pass',
            last: { status: 'pass', passed: 5, total: 5, at: '2026-11-27T10:00:00.000Z' },
            revealedAt: '2026-11-27T09:58:00.000Z',
          },
        },
        quizzes: { training: { questions: 3, answers: { leakage: { choice: 2, correct: true, at: '2026-11-27T10:01:00.000Z' } } } },
      },
      new Date(0),
    );
    expect(file.version).toBe(2);
    expect(parseProgressFile(JSON.stringify(file))).toEqual({ ok: true, progress: file });
  });

  it('still reads a version 1 file (code and verdicts only)', () => {
    const text = JSON.stringify({
      format: 'lifecycle-lab-progress',
      version: 1,
      exportedAt: '2026-11-20T00:00:00.000Z',
      exercises: { mse: { code: 'x', result: { status: 'fail', passed: 1, total: 5, at: '2026-11-20T00:00:00.000Z' } } },
    });
    const parsed = parseProgressFile(text);
    expect(parsed.ok && parsed.progress.exercises['mse']?.result?.status).toBe('fail');
  });

  it.each([
    ['not json', /not valid JSON/],
    ['{"format":"something-else"}', /"format" must be "lifecycle-lab-progress"/],
    ['{"format":"lifecycle-lab-progress","version":3,"exercises":{}}', /unsupported progress file version 3/],
    [
      '{"format":"lifecycle-lab-progress","version":2,"exercises":{},"progress":{"exercises":{"mse":{"attempts":"many"}},"quizzes":{}}}',
      /progress\.exercises\["mse"\]\.attempts and \.failedAttempts must be whole numbers/,
    ],
    [
      '{"format":"lifecycle-lab-progress","version":2,"exercises":{},"progress":{"exercises":{},"quizzes":{"training":{"questions":3,"answers":{"q1":{"choice":"a"}}}}}}',
      /progress\.quizzes\["training"\]\.answers\["q1"\] must be/,
    ],
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
