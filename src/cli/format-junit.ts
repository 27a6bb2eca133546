import type { GradeResult } from '../grading/result.ts';
import { xmlText } from './safe-text.ts';

const escape = xmlText;

/** JUnit XML, one testsuite per graded file and one testcase per check, for CI dashboards. */
export function formatJunit(results: readonly (GradeResult & { role?: string })[]): string {
  const suites = results.map((result) => {
    const name = `${result.exercise} ${result.file}${result.role ? ` [${result.role}]` : ''}`;
    const failures = result.tests.filter((test) => test.status === 'fail').length;
    const errors =
      result.tests.filter((test) => test.status === 'error' || test.status === 'timeout').length + (result.status === 'error' ? 1 : 0);
    const cases = result.tests.map((test) => {
      const body = [test.message, test.expected && `expected: ${test.expected}`, test.actual && `actual: ${test.actual}`]
        .filter(Boolean)
        .join('\n');
      const inner =
        test.status === 'pass'
          ? ''
          : test.status === 'fail'
            ? `<failure message="${escape(test.message ?? 'failed')}">${escape(body)}</failure>`
            : `<error type="${test.status}" message="${escape(test.message ?? test.status)}">${escape(body)}</error>`;
      const output = test.output ? `<system-out>${escape(test.output)}</system-out>` : '';
      return `    <testcase classname="${escape(name)}" name="${escape(test.name)}" time="${(test.duration_ms / 1000).toFixed(3)}">${inner}${output}</testcase>`;
    });
    if (result.status === 'error') {
      cases.push(
        `    <testcase classname="${escape(name)}" name="load"><error message="${escape(result.message ?? 'error')}"/></testcase>`,
      );
    }
    return `  <testsuite name="${escape(name)}" tests="${cases.length}" failures="${failures}" errors="${errors}" time="${(result.duration_ms / 1000).toFixed(3)}">\n${cases.join('\n')}\n  </testsuite>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n${suites.join('\n')}\n</testsuites>\n`;
}
