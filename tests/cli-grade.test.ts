import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GradeResult } from '../src/grading/result.ts';
import { runCli, type CliRun } from './cli-helpers.ts';

// A correct and a wrong submission are the exercise's own files; the rest are broken on purpose.
const OWN_FILES: Record<string, string> = {
  passes: 'content/exercises/mse/solution.ts',
  'absolute-error': 'content/exercises/mse/wrong/absolute-error.ts',
};
const fixture = (name: string) => OWN_FILES[name] ?? `tests/fixtures/bad-inputs/${name}.ts`;
// The result format and exit codes; every kind of broken input is in the bad-input corpus tests.
const FIXTURES = ['passes', 'absolute-error', '02-syntax-error', '03-misspelt-export', '04-loops-at-top-level', '05-loops-inside-function'];

describe('lifecycle-lab grade', { timeout: 120_000 }, () => {
  let batch: CliRun;
  const results = new Map<string, GradeResult>();

  beforeAll(async () => {
    batch = await runCli(['grade', '--exercise', 'mse', '--format', 'json', '--timeout', '1500', '--jobs', '2', ...FIXTURES.map(fixture)]);
    for (const result of JSON.parse(batch.stdout) as GradeResult[]) results.set(result.file, result);
  }, 120_000);

  const result = (name: string) => results.get(fixture(name))!;

  it('gives one result per file, in order, and exits 1 when any fails', () => {
    expect(batch.code).toBe(1);
    expect([...results.keys()]).toEqual(FIXTURES.map(fixture));
  });

  it('passes a correct submission, with every field of the result format', () => {
    expect(result('passes')).toMatchObject({
      version: 1,
      exercise: 'mse',
      status: 'pass',
      seed: 1234,
      backend: 'cpu',
      grader_version: '0.1.0',
    });
    const passing = result('passes').tests;
    expect(passing.length).toBeGreaterThan(0);
    expect(passing.filter((test) => test.status !== 'pass' || test.hidden)).toEqual([]);
  });

  it('fails a wrong answer on the check that catches it, with expected and actual', () => {
    expect(result('absolute-error').status).toBe('fail');
    expect(result('absolute-error').tests[0]).toMatchObject({ id: 'small-example', status: 'fail', expected: '28', actual: '4' });
  });

  it('reports a syntax error and a misspelt export as errors that say where and what', () => {
    expect(result('02-syntax-error')).toMatchObject({ status: 'error', message: 'syntax error at 2:24: Unexpected token', tests: [] });
    expect(result('03-misspelt-export')).toMatchObject({
      status: 'error',
      message: 'expected an export named meanSquaredError (found: meanSquareError)',
    });
  });

  it('applies --timeout to loading and to each check', () => {
    expect(result('04-loops-at-top-level')).toMatchObject({ status: 'error', message: 'timed out while loading (limit 1500 ms)' });
    expect(result('05-loops-inside-function').tests[0]).toMatchObject({
      status: 'timeout',
      message: 'meanSquaredError did not return within the time limit',
    });
    expect(result('05-loops-inside-function').tests).toHaveLength(5);
  });

  it('grades a single file to a single JSON object and exits 0 when it passes', async () => {
    const run = await runCli(['grade', '--exercise', 'mse', fixture('passes'), '--format', 'json']);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as GradeResult).status).toBe('pass');
  });

  it('writes JUnit XML to --out', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'junit-')), 'report.xml');
    const run = await runCli(['grade', '--exercise', 'mse', fixture('absolute-error'), '--format', 'junit', '--out', out]);
    expect(run.code).toBe(1);
    const xml = readFileSync(out, 'utf8');
    expect(xml).toMatch(/^<\?xml version="1.0"/);
    expect(xml).toContain('<failure message="the MSE of the example is 4, expected 28');
  });

  it('runs hidden checks with fresh seeds only with --hidden', async () => {
    const plain = JSON.parse((await runCli(['grade', '--exercise', 'mse', fixture('passes'), '--format', 'json'])).stdout) as GradeResult;
    const hidden = JSON.parse(
      (await runCli(['grade', '--exercise', 'mse', fixture('passes'), '--format', 'json', '--hidden'])).stdout,
    ) as GradeResult;
    expect(plain.tests.some((test) => test.hidden)).toBe(false);
    expect(hidden.tests.filter((test) => test.hidden).map((test) => [test.id, test.status])).toEqual([
      ['large-and-negative-values', 'pass'],
    ]);
    expect(hidden.seed).not.toBe(plain.seed);
  });

  it('takes every N-th file with --shard I/N', async () => {
    const run = await runCli([
      'grade',
      '--exercise',
      'mse',
      '--format',
      'json',
      '--shard',
      '2/2',
      fixture('passes'),
      fixture('absolute-error'),
      fixture('passes'),
    ]);
    const graded = JSON.parse(run.stdout) as GradeResult;
    expect(graded.file).toBe(fixture('absolute-error'));
  });

  it('prints one line per check and a summary in text mode', async () => {
    const run = await runCli(['grade', '--exercise', 'mse', fixture('absolute-error')]);
    expect(run.stdout).toContain('✗ gives 28 for the example in the task');
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('0 passed, 1 failed');
  });

  it.each([
    [['grade', '--exercise', 'nope', fixture('passes')], /unknown exercise "nope"; known: .*mse/],
    [['grade', '--exercise', 'mse', 'no/such/file.ts'], /no such file: no\/such\/file\.ts/],
    [['grade', '--exercise', 'mse', fixture('passes'), '--jobs', 'two'], /--jobs needs a whole number/],
    [['grade', fixture('passes')], /grade needs exactly one --exercise ID/],
    [['frobnicate'], /unknown command "frobnicate"/],
  ])('exits 2 with one line for a usage error: %j', async (args, message) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(message);
  });
});
