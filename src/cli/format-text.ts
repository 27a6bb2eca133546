import type { GradeResult } from '../grading/result.ts';
import { multiLine, oneLine } from './safe-text.ts';

const COLOURS = { pass: 32, fail: 31, error: 35, timeout: 33 } as const;
const MARKS = { pass: '✓', fail: '✗', error: '!', timeout: '⏱' } as const;

/**
 * Renders results for people: a header per file, a line per check, details under failures.
 * Everything from learner code or file names goes through oneLine/multiLine, so no message
 * can forge a "✓ PASS" line or a summary.
 */
export function formatText(results: readonly (GradeResult & { role?: string })[], colour: boolean): string {
  const paint = (status: keyof typeof COLOURS, text: string) => (colour ? `\u001b[${COLOURS[status]}m${text}\u001b[0m` : text);
  const lines: string[] = [];
  for (const result of results) {
    const role = result.role ? ` [${result.role}]` : '';
    lines.push(
      `${paint(result.status, `${MARKS[result.status]} ${result.status.toUpperCase()}`)} ${result.exercise} ${oneLine(result.file)}${role} (${Math.round(result.duration_ms)} ms)`,
    );
    if (result.message) lines.push(`    ${oneLine(result.message)}`);
    for (const test of result.tests) {
      const hidden = test.hidden ? ' (hidden)' : '';
      lines.push(`  ${paint(test.status, MARKS[test.status])} ${oneLine(test.name)}${hidden}`);
      if (test.status === 'pass') continue;
      if (test.message) lines.push(`      ${oneLine(test.message)}`);
      if (test.expected !== undefined) lines.push(`      expected: ${oneLine(test.expected)}`);
      if (test.actual !== undefined) lines.push(`      actual:   ${oneLine(test.actual)}`);
      if (test.output) lines.push(`      output:   ${multiLine(test.output).trimEnd().split('\n').join('\n                ')}`);
    }
  }
  const passed = results.filter((result) => result.status === 'pass').length;
  lines.push('', `${passed} passed, ${results.length - passed} failed`);
  return `${lines.join('\n')}\n`;
}
