import { describe, expect, it } from 'vitest';
import type { CheckResult, GradeResult } from '../grading/result.ts';
import { classReport } from './class-report.ts';
import { formatReportHtml } from './format-report-html.ts';
import { formatReportText } from './format-report-text.ts';

const check = (id: string, status: CheckResult['status'], message?: string): CheckResult => ({
  id,
  name: `the ${id} check`,
  status,
  ...(message ? { message } : {}),
  hidden: false,
  duration_ms: 1,
});

function result(file: string, tests: CheckResult[], exercise = 'mse'): GradeResult {
  const status = tests.every((test) => test.status === 'pass') ? 'pass' : 'fail';
  return { version: 1, exercise, file, status, tests, seed: 1, backend: 'cpu', duration_ms: 5, grader_version: '0.1.0' };
}

const cohort = [
  result('a.ts', [check('example', 'pass'), check('empty', 'pass')]),
  result('b.ts', [check('example', 'fail', 'is 7, expected 28'), check('empty', 'fail', 'returned NaN')]),
  result('c.ts', [check('example', 'fail', 'is 7, expected 28'), check('empty', 'pass')]),
  result('d.ts', [check('example', 'fail', 'is 112, expected 28'), check('empty', 'timeout', 'timed out')]),
  result('e.ts', [check('example', 'pass'), check('empty', 'error', 'check crashed')]),
  { ...result('f.ts', []), status: 'error' as const, message: 'syntax error at 3:14' },
  result('z.ts', [check('shape', 'pass')], 'baseline'),
];

describe('classReport', () => {
  it('gives per exercise the pass rate, each check failure rate and the most common first failure', () => {
    const [baseline, mse] = classReport(cohort);
    expect(baseline).toMatchObject({ exercise: 'baseline', files: 1, passed: 1, passRate: 1, mostCommonFirstFailure: undefined });
    expect(mse).toMatchObject({ exercise: 'mse', files: 6, passed: 1, errors: 1 });
    expect(mse!.passRate).toBeCloseTo(1 / 6);
    // Rates are over the five files the checks ran on; error and timeout count as failures.
    expect(mse!.checks).toEqual([
      { id: 'example', name: 'the example check', ran: 5, failed: 3, rate: 0.6 },
      { id: 'empty', name: 'the empty check', ran: 5, failed: 3, rate: 0.6 },
    ]);
    expect(mse!.mostCommonFirstFailure).toEqual({ check: 'example', files: 3, message: 'is 7, expected 28', withMessage: 2 });
  });

  it('counts a file graded twice (overlapping shards) once, with its last result', () => {
    const [mse] = classReport([cohort[1]!, cohort[0]!, { ...cohort[0]!, file: 'b.ts' }]);
    expect(mse).toMatchObject({ files: 2, passed: 2, mostCommonFirstFailure: undefined });
  });

  it('is written as text and as one self-contained HTML page with a chart', () => {
    const reports = classReport(cohort);
    const text = formatReportText(reports);
    expect(text).toContain('mse: 1/6 pass (16.7%), 1 could not be graded');
    expect(text).toMatch(/ {2}example +fails {2}60\.0% {2}\(3\/5\)/);
    expect(text).toContain('most common first failure: example (3 files); most often: "is 7, expected 28" (2)');

    const html = formatReportHtml(reports, '2026-01-05T08:00:00Z');
    expect(html).toContain('<svg role="img" aria-label="Failure rate of each check of mse"');
    expect(html).toContain('prefers-color-scheme: dark');
    expect(html).not.toMatch(/(src|href)=|@import|url\(/);
    expect(html.match(/class="bar"/g)).toHaveLength(3);
  });

  it('escapes learner text in HTML', () => {
    const html = formatReportHtml(classReport([result('x.ts', [check('example', 'fail', '<script>alert(1)</script>')])]), 'now');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
  });
});
