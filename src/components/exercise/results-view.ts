import type { CheckResult, GradeResult } from '../../grading/result.ts';
import { patchChildren } from './patch-children.ts';

/**
 * Renders a verdict into the results panel. Everything is set with textContent: check
 * messages and console output can quote the learner's code and must never become HTML.
 */

const LABELS: Record<CheckResult['status'], string> = { pass: 'passed', fail: 'failed', error: 'error', timeout: 'timed out' };
const ICONS: Record<CheckResult['status'], string> = { pass: '✓', fail: '✗', error: '!', timeout: '⏱' };

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function renderCheck(test: CheckResult): HTMLLIElement {
  const item = element('li', `exercise-check exercise-check--${test.status}`);
  item.dataset['check'] = test.id;
  item.dataset['status'] = test.status;
  const head = element('div', 'exercise-check__head');
  head.append(element('span', 'exercise-check__icon', ICONS[test.status]), element('span', 'exercise-check__name', test.name));
  head.append(element('span', 'sr-only', ` (${LABELS[test.status]})`));
  item.append(head);
  if (test.message) item.append(element('p', 'exercise-check__message', test.message));
  if (test.expected !== undefined) item.append(element('p', 'exercise-check__detail', `expected: ${test.expected}`));
  if (test.actual !== undefined) item.append(element('p', 'exercise-check__detail', `actual: ${test.actual}`));
  return item;
}

/** A one-line summary, also what the live region announces. */
export function summarise(result: GradeResult): string {
  if (result.status === 'error') return `Could not run your code: ${result.message ?? 'unknown error'}`;
  const passed = result.tests.filter((test) => test.status === 'pass').length;
  return result.status === 'pass' ? `All ${result.tests.length} checks passed.` : `${passed} of ${result.tests.length} checks passed.`;
}

/** Shows the verdict in the panel, keeping what did not change since the last one; returns the console output to show. */
export function renderResult(panel: HTMLElement, result: GradeResult): string {
  const summary = element('p', `exercise-summary exercise-summary--${result.status}`, summarise(result));
  const list = element('ul', 'exercise-checks');
  list.append(...result.tests.map(renderCheck));
  // Each Run draws fresh data; the seed lets anyone replay exactly this verdict.
  const seed = element('p', 'exercise-seed', `Graded on data from seed ${result.seed}. `);
  seed.append(
    element('code', '', `lifecycle-lab grade --exercise ${result.exercise} --seed ${result.seed} FILE`),
    ' gives the same verdict.',
  );
  // The plots go under the verdict; plot-view.ts draws them (loaded only when there are some)
  // into the last verdict's plot area if there is one, whose drawings stay until the new ones
  // replace them: an empty area would collapse the page under it for a frame.
  const plots = result.tests.some((test) => test.plots?.length)
    ? [panel.querySelector(':scope > .exercise-plots') ?? element('div', 'exercise-plots')]
    : [];
  // What did not change keeps its nodes (a new seed alone changes only the seed's digits).
  patchChildren(panel, [summary, list, ...plots, seed]);
  if (panel.dataset['status'] !== result.status) panel.dataset['status'] = result.status;
  return result.tests
    .filter((test) => test.output)
    .map((test) => `── ${test.name}\n${test.output}`)
    .join('\n');
}
