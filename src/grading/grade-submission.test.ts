import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import mseChecks from '../../content/exercises/mse/checks.ts';
import { meanSquaredError } from '../../content/exercises/mse/solution.ts';
import { defineChecks, expectNumber, returned, value } from './check-kit.ts';
import type { GradableExercise } from './gradable-exercise.ts';
import { gradeSubmission, type GradeOptions } from './grade-submission.ts';
import type { GradingEnvironment } from './grading-environment.ts';
import type { LearnerRealm, OpenRealm } from './learner-session.ts';
import { GRADER_VERSION } from './result.ts';
import { inProcessRealm } from './testing/in-process-realm.ts';
import { prepareTf } from './tf-backend.ts';

beforeAll(() => prepareTf(tf));

let clock = 0;
type Mse = typeof meanSquaredError;
/** Grades `source` as ada.ts for mse at seed 1234, with parts of the environment or exercise swapped by `extra`. */
const grade = (
  source: string,
  extra: { openRealm?: OpenRealm; checks?: GradableExercise<Mse>['checks']; timeLimitMs?: number } & Partial<GradeOptions> = {},
) => {
  const environment: GradingEnvironment = { tf, openRealm: extra.openRealm ?? inProcessRealm, now: () => (clock += 1) };
  const exercise: GradableExercise<Mse> = {
    id: 'mse',
    checks: extra.checks ?? mseChecks,
    hiddenChecks: [],
    reference: meanSquaredError,
    timeLimitMs: extra.timeLimitMs,
  };
  return gradeSubmission(environment, exercise, { file: 'ada.ts', source }, { seed: 1234 });
};
const solution = readFileSync(new URL('../../content/exercises/mse/solution.ts', import.meta.url), 'utf8');

describe('gradeSubmission', () => {
  it('passes the reference solution with the documented result shape', async () => {
    const result = await grade(solution);
    expect(result).toMatchObject({
      version: 1,
      exercise: 'mse',
      file: 'ada.ts',
      status: 'pass',
      seed: 1234,
      backend: 'cpu',
      grader_version: GRADER_VERSION,
    });
    expect(result.tests.map((test) => test.status)).toEqual(result.tests.map(() => 'pass'));
    expect(result.tests[0]).toEqual({
      id: 'small-example',
      name: 'gives 28 for the example in the task',
      status: 'pass',
      hidden: false,
      duration_ms: expect.any(Number),
    });
  });

  it('keeps grader_version equal to the package version', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(GRADER_VERSION).toBe(pkg.version);
  });

  it('reports a syntax error at line:column of the learner file, running no check', async () => {
    const result = await grade('export function meanSquaredError(a: number[], b: number[]) {\n  return a.length +;\n}\n');
    expect(result).toMatchObject({ status: 'error', tests: [], message: expect.stringMatching(/^syntax error at 2:20/) });
  });

  it('names the missing export and what was found instead', async () => {
    const result = await grade('export function meanSquareError() { return 0; }\n');
    expect(result).toMatchObject({ status: 'error', message: 'expected an export named meanSquaredError (found: meanSquareError)' });
  });

  it('reports a top-level throw with its line in the learner file', async () => {
    const result = await grade('const ok = 1;\nthrow new TypeError("boom");\nexport function meanSquaredError() { return ok; }\n');
    expect(result).toMatchObject({ status: 'error', message: 'top-level code threw TypeError at 2:7: boom' });
  });

  it('fails (not errors) an empty file', async () => {
    const result = await grade('  \n');
    expect(result.status).toBe('fail');
    expect(result.tests.map((test) => [test.status, test.message])).toEqual(
      mseChecks.checks.map(() => ['fail', 'nothing to grade yet: the file is empty']),
    );
  });

  it('names the problem when the answer is not plain data', async () => {
    const result = await grade('export function meanSquaredError() { return new Proxy({}, {}); }\n');
    expect(result.tests[0]).toMatchObject({
      status: 'fail',
      message: expect.stringMatching(/^meanSquaredError must return a number, but it cannot be copied as plain data/),
    });
  });

  it('captures console output per check, cut to 500 characters', async () => {
    const noisy = solution.replace('let sum = 0;', 'for (let i = 0; i < 1e5; i += 1) console.log("line", i);\n  let sum = 0;');
    const result = await grade(noisy);
    expect(result.status).toBe('pass');
    expect(result.tests[0]!.output!.length).toBeLessThanOrEqual(530);
    expect(result.tests[0]!.output).toMatch(/… \(cut to 500 characters\)$/);
    expect(result.tests[0]!.output).toMatch(/^line 0\nline 1\n/);
  });

  it('turns a check that throws unexpectedly into that check’s error and still runs the rest', async () => {
    const checks = defineChecks<typeof meanSquaredError>({
      exportName: 'meanSquaredError',
      checks: [
        {
          id: 'broken',
          name: 'a broken check',
          run: () => {
            throw new Error('bug in the check');
          },
        },
        {
          id: 'fine',
          name: 'a fine check',
          run: async (t) => {
            expectNumber(returned(await t.call(value([1]), value([2])), 'f', 'a number'), 'f');
          },
        },
      ],
    });
    const result = await grade(solution, { checks });
    expect(result.tests.map((test) => [test.id, test.status, test.message])).toEqual([
      ['broken', 'error', 'the check itself failed: Error: bug in the check'],
      ['fine', 'pass', undefined],
    ]);
  });

  it('times out a check whose call never answers, replaces the realm and runs the next check', async () => {
    let opened = 0;
    const hangsOnFirstCall: OpenRealm = async () => {
      opened += 1;
      const inner = await inProcessRealm();
      const realm: LearnerRealm = {
        request: (message, timeoutMs) =>
          opened === 1 && message.type === 'call' ? Promise.resolve({ kind: 'timeout' as const }) : inner.request(message, timeoutMs),
        dispose: () => inner.dispose(),
      };
      return realm;
    };
    const result = await grade(solution, { openRealm: hangsOnFirstCall });
    expect(result.tests[0]).toMatchObject({ status: 'timeout', message: 'meanSquaredError did not return within the time limit' });
    expect(result.tests.slice(1).map((test) => test.status)).toEqual(mseChecks.checks.slice(1).map(() => 'pass'));
    expect(opened).toBe(2);
  });

  it('reports checks left after the whole run’s time limit as timed out without running them', async () => {
    const result = await grade(solution, { timeLimitMs: 3 });
    const notRun = result.tests.filter((test) => test.message?.startsWith('not run'));
    expect(notRun.length).toBeGreaterThan(0);
    expect(notRun.map((test) => test.status)).toEqual(notRun.map(() => 'timeout'));
  });
});
