import type { Locator, Page } from '@playwright/test';
import { seriousViolations } from './axe-check.ts';
import { expect, test } from './csp-guard.ts';
import { editorText, exercise, openExercise, replaceCode, run, source } from './exercise-page.ts';

/** The sidebar link of the lesson that holds exercise `id`. */
const sidebarMark = (page: Page, id: string): Locator => page.locator(`#starlight__sidebar a[data-exercises~="${id}"]`);
const progressRow = (page: Page, id: string): Locator => page.locator(`[data-exercise-row="${id}"]`);

test('a failed run, a confirmed reveal, the diff and a pass all show in the sidebar and on the progress page', async ({ page }) => {
  // An exercise that is the only one in its lesson, so passing it passes the lesson's mark.
  const ID = 'baseline';
  const widget = await openExercise(page, ID);
  const mark = sidebarMark(page, ID);
  await expect(mark).toHaveAttribute('data-progress', 'not-started');

  expect((await run(widget)).status).not.toBe('pass');
  await expect(mark).toHaveAttribute('data-progress', 'attempted');
  await expect(mark).toContainText('(exercise attempted)');

  // One failure is not enough to offer the solution outright: it asks first, and "not yet" reveals nothing.
  await widget.locator('[data-action="reveal"]').click();
  const dialog = widget.getByRole('dialog', { name: 'Show the reference solution?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Not yet, keep trying' }).click();
  await expect(widget.locator('.exercise-solution')).toBeHidden();
  await widget.locator('[data-action="reveal"]').click();
  await dialog.getByRole('button', { name: 'Show the solution' }).click();
  await expect(widget.locator('.exercise-solution code')).toContainText('sum / trainY.length');
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('lifecycle-lab:progress') ?? 'null'));
  expect(stored.exercises[ID].revealedAt).toEqual(expect.any(String));

  // Compare: the reference beside the learner's own (still failing) code, then back with the code intact.
  const before = await editorText(widget);
  await widget.locator('[data-action="compare"]').click();
  const diff = widget.locator('.exercise-diff .monaco-diff-editor');
  await expect(diff).toBeVisible();
  await expect(widget.locator('.exercise-editor')).toBeHidden();
  await expect(diff.locator('.editor.original')).toContainText('sum / trainY.length');
  // The learner's side is their own model (its text is checked again after leaving).
  await expect(diff.locator('.editor.modified')).toContainText('baselineMse');
  expect(await seriousViolations(page), 'with the diff open').toEqual([]);
  await widget.locator('[data-action="leave-compare"]').click();
  await expect(widget.locator('.exercise-compare')).toBeHidden();
  // Monaco lays the editor out again once it is shown: wait for it rather than read the first frame.
  await expect.poll(() => editorText(widget)).toBe(before);

  await replaceCode(page, widget, source(`content/exercises/${ID}/solution.ts`));
  expect((await run(widget)).status).toBe('pass');
  await expect(mark).toHaveAttribute('data-progress', 'passed');
  await expect(mark).toContainText('(exercise passed)');

  await page.locator('#starlight__sidebar a[href="/progress/"]').click();
  const row = progressRow(page, ID);
  await expect(row.locator('[data-cell="status"]')).toHaveText('Passed');
  await expect(row.locator('[data-cell="attempts"]')).toHaveText('2');
  await expect(row.locator('[data-cell="last"] time')).toHaveAttribute('datetime', /^\d{4}-/);
  await expect(row.locator('[data-cell="revealed"]')).toContainText('Revealed');
  expect(await seriousViolations(page), 'on the progress page').toEqual([]);
  await expect(progressRow(page, 'mse').locator('[data-cell="status"]')).toHaveText('Not started');
  await expect(sidebarMark(page, ID)).toHaveAttribute('data-progress', 'passed');
  // Each row links back into its lesson, at the exercise.
  await expect(row.getByRole('link')).toHaveAttribute('href', `${exercise(ID).path}#exercise-${ID}`);
});

test('version 1 storage (code and last verdicts) survives the upgrade and shows as progress', async ({ page }) => {
  const code = `${source('content/exercises/mse/solution.ts')}\n// saved before the upgrade\n`;
  await page.goto('/');
  // Exactly what the site stored before progress was versioned.
  await page.evaluate((saved) => {
    localStorage.setItem('lifecycle-lab:code:mse', saved);
    localStorage.setItem('lifecycle-lab:result:mse', '{"status":"fail","passed":2,"total":5,"at":"2026-11-20T09:14:03.512Z"}');
    localStorage.setItem('lifecycle-lab:code:baseline', 'export const x = 1;\n');
    localStorage.setItem('lifecycle-lab:result:baseline', '{"status":"pass","passed":4,"total":4,"at":"2026-11-21T18:40:00.000Z"}');
  }, code);

  // Before any widget loads, the sidebar already reads the old verdicts.
  await page.goto(exercise('mse').path);
  await expect(sidebarMark(page, 'mse')).toHaveAttribute('data-progress', 'attempted');
  await expect(sidebarMark(page, 'baseline')).toHaveAttribute('data-progress', 'passed');

  const widget = await openExercise(page, 'mse');
  expect(await editorText(widget)).toContain('// saved before the upgrade');
  await expect(widget.locator('.exercise-badge')).toHaveText('2/5 checks passing');
  const storage = await page.evaluate(() => ({ ...localStorage }));
  expect(Object.keys(storage).filter((key) => key.startsWith('lifecycle-lab:result:'))).toEqual([]);
  expect(JSON.parse(storage['lifecycle-lab:progress']!)).toMatchObject({
    version: 2,
    exercises: { mse: { attempts: 1, best: 'fail' }, baseline: { attempts: 1, best: 'pass' } },
  });

  await page.goto('/progress/');
  await expect(progressRow(page, 'mse').locator('[data-cell="status"]')).toHaveText('Attempted');
  await expect(progressRow(page, 'baseline').locator('[data-cell="status"]')).toHaveText('Passed');
  await expect(progressRow(page, 'baseline').locator('[data-cell="last"] time')).toHaveAttribute('datetime', '2026-11-21T18:40:00.000Z');
});
