import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GradeResult } from '../src/grading/result.ts';
import { projectRoot, runCli } from './cli-helpers.ts';

const solution = join(projectRoot, 'content/exercises/mse/solution.ts');
const forger = join(projectRoot, 'tests/fixtures/bad-inputs/25-forges-report-lines.ts');

/**
 * What a batch must survive from the files it is given (security round two, classes 6 and
 * 7): paths that are no submission, and messages written to forge or break the reports.
 */
describe('lifecycle-lab grade and hostile files', { timeout: 120_000 }, () => {
  it('refuses what is not a regular file, exits 2, and still grades the rest', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'hostile-'));
    symlinkSync('/dev/zero', join(folder, 'zero.ts'));
    execFileSync('mkfifo', [join(folder, 'pipe.ts')]);
    const run = await runCli([
      'grade',
      '--exercise',
      'mse',
      '--format',
      'json',
      join(folder, 'zero.ts'),
      join(folder, 'pipe.ts'),
      solution,
    ]);
    expect(run.code).toBe(2);
    const results = JSON.parse(run.stdout) as GradeResult[];
    expect(results.map((result) => [result.status, result.message ?? ''])).toEqual([
      ['error', expect.stringMatching(/^not a regular file \(a device, pipe or socket\)/)],
      ['error', expect.stringMatching(/^not a regular file \(a device, pipe or socket\)/)],
      ['pass', ''],
    ]);
  });

  it('grades the .ts and .json files of a directory it is given', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cohort-'));
    mkdirSync(join(folder, 'notes'));
    copyFileSync(solution, join(folder, 'ada.ts'));
    copyFileSync(forger, join(folder, 'bo.ts'));
    const run = await runCli(['grade', '--exercise', 'mse', '--format', 'json', folder]);
    const results = JSON.parse(run.stdout) as GradeResult[];
    expect(results.map((result) => [result.file, result.status])).toEqual([
      [join(folder, 'ada.ts'), 'pass'],
      [join(folder, 'bo.ts'), 'fail'],
    ]);
  });

  it('writes control characters in text reports visibly, so no message forges a line', async () => {
    const run = await runCli(['grade', '--exercise', 'mse', solution, forger]);
    expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(run.stdout).toContain('\\u{1b}[32m✓ PASS');
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('1 passed, 1 failed');
  });

  it('keeps JUnit XML well-formed whatever a message holds', async () => {
    const run = await runCli(['grade', '--exercise', 'mse', '--format', 'junit', forger]);
    // Characters XML 1.0 forbids, and lone surrogates (invalid UTF-8 once written).
    expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|\p{Cs}/u);
    expect(run.stdout).toContain('\\u{fffe}\\u{d800}');
  });

  it('catches a split fitted to the visible statistical check only with the hidden one (grade --hidden)', async () => {
    const fitted = join(projectRoot, 'tests/fixtures/bad-inputs/26-fair-only-at-forty-rows.ts');
    const visible = JSON.parse(
      (await runCli(['grade', '--exercise', 'train-test-split', '--format', 'json', fitted])).stdout,
    ) as GradeResult;
    expect(visible.status).toBe('pass');
    const hidden = JSON.parse(
      (await runCli(['grade', '--exercise', 'train-test-split', '--format', 'json', '--hidden', fitted])).stdout,
    ) as GradeResult;
    expect(hidden.tests.find((test) => test.hidden)).toMatchObject({
      id: 'unbiased-at-another-size',
      status: 'fail',
      message: expect.stringMatching(/the test set is a contiguous block of the input/),
    });
  });
});
