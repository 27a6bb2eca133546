import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GradeResult } from '../../src/grading/result.ts';
import { expect, test } from './csp-guard.ts';
import { editorText, openExercise, projectRoot, replaceCode, run, source } from './exercise-page.ts';

const solution = () => source('content/exercises/mse/solution.ts');

test('Reset to starter can be undone', async ({ page }) => {
  const widget = await openExercise(page, 'mse');
  await replaceCode(page, widget, `${solution()}\n// my own work\n`);
  await widget.locator('[data-action="reset"]').click();
  await expect.poll(() => editorText(widget)).toContain('is not written yet');
  await widget.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect.poll(() => editorText(widget)).toContain('// my own work');
});

test('nothing the learner prints or throws is inserted into the page as HTML', async ({ page }) => {
  const widget = await openExercise(page, 'mse');
  await replaceCode(
    page,
    widget,
    'export function meanSquaredError(): number {\n  console.log(\'<img src=x onerror="window.__pwned = 1">\');\n  throw new Error(\'<b id="bold">bold</b>\');\n}\n',
  );
  await run(widget);
  await expect(widget.locator('.exercise-output')).toContainText('<img src=x onerror="window.__pwned = 1">');
  await expect(widget.locator('.exercise-check').first()).toContainText('<b id="bold">bold</b>');
  await expect(page.locator('.exercise-output img, .exercise-results img, #bold')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('a storage write that fails is shown once, and the code stays in the editor', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  const widget = await openExercise(page, 'mse');
  await replaceCode(page, widget, `${solution()}\n// unsaved work\n`);
  const notice = widget.locator('.exercise-notice');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('not letting this page save your code');
  await page.keyboard.type('\n// more typing');
  // Polled: typing lands in the editor asynchronously, and a loaded machine is slow.
  await expect.poll(() => editorText(widget)).toContain('// more typing');
  // Every failed save after the first stays silent: the message is there once, not once per keystroke.
  expect((await notice.innerText()).match(/not letting this page save/g)).toHaveLength(1);
  expect((await run(widget)).status).toBe('pass');
});

test('all work exports to one file, imports into a fresh browser, and grades from the command line', async ({ page, browser }) => {
  const widget = await openExercise(page, 'mse');
  const code = `${solution()}\n// exported\n`;
  await replaceCode(page, widget, code);
  await run(widget);
  await widget.locator('summary', { hasText: 'Your work in this browser' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), widget.locator('[data-action="export"]').click()]);
  const file = join(mkdtempSync(join(tmpdir(), 'export-')), 'work.json');
  await download.saveAs(file);
  const exported = JSON.parse(readFileSync(file, 'utf8')) as {
    format: string;
    exercises: Record<string, { code: string; result?: { status: string } }>;
  };
  expect(exported.format).toBe('lifecycle-lab-progress');
  expect(exported.exercises['mse']).toMatchObject({ code, result: { status: 'pass' } });

  const fresh = await (await browser.newContext()).newPage();
  const other = await openExercise(fresh, 'mse');
  await other.locator('summary', { hasText: 'Your work in this browser' }).click();
  await other.locator('[data-action="import"]').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"lifecycle-lab-progress","version":1,"exercises":{"mse":{"code":7}}}'),
  });
  await expect(other.locator('.exercise-progress-status')).toContainText('Not imported: exercises["mse"].code must be a string');
  expect(await editorText(other)).toContain('is not written yet');
  expect(await fresh.evaluate(() => localStorage.getItem('lifecycle-lab:code:mse'))).toBeNull();

  await other.locator('[data-action="import"]').setInputFiles(file);
  await expect(other.locator('.exercise-progress-status')).toContainText('Imported your work for 1 exercise(s)');
  await expect.poll(() => editorText(other)).toContain('// exported');
  await expect(other.locator('.exercise-badge')).toHaveText(/^Passed ✓/);

  const graded = JSON.parse(
    execFileSync(process.execPath, ['src/cli/lifecycle-lab.ts', 'grade', '--exercise', 'mse', file, '--format', 'json'], {
      cwd: projectRoot,
      encoding: 'utf8',
    }),
  ) as GradeResult;
  expect(graded.status).toBe('pass');
  writeFileSync(file, '{"format":"lifecycle-lab-progress","version":1,"exercises":{}}');
  let missing = '';
  try {
    execFileSync(process.execPath, ['src/cli/lifecycle-lab.ts', 'grade', '--exercise', 'mse', file, '--format', 'json'], {
      cwd: projectRoot,
      encoding: 'utf8',
    });
  } catch (error) {
    missing = (error as { stdout: string }).stdout;
  }
  expect(JSON.parse(missing)).toMatchObject({ status: 'error', message: 'the progress file has no code for exercise "mse"' });
});
