import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './csp-guard.ts';
import type { GradeResult } from '../../src/grading/result.ts';
import { editorText, exercise, exercises, openExercise, projectRoot, replaceCode, run, source } from './exercise-page.ts';

// Every exercise folder, so a new exercise is solved in the browser without anyone listing it.
for (const { id, folder } of exercises) {
  test(`${id}: the reference solution passes every check; a known-wrong variant shows its failing check`, async ({ page }) => {
    const widget = await openExercise(page, id);
    await replaceCode(page, widget, source(folder.solution.file));
    const result = await run(widget);
    expect(result.status).toBe('pass');
    await expect(widget.locator('.exercise-summary')).toHaveText(`All ${result.tests.length} checks passed.`);
    await expect(widget.locator('.exercise-check[data-status="pass"]')).toHaveCount(result.tests.length);
    await expect(widget.locator('.exercise-live')).toHaveText(`All ${result.tests.length} checks passed.`);

    const variant = folder.wrong[0]!;
    await replaceCode(page, widget, source(variant.file));
    const wrong = await run(widget);
    const failing = wrong.tests.find((test) => test.status !== 'pass')!;
    expect(failing.id).toBe(variant.failsFirst);
    await expect(widget.locator(`.exercise-check[data-check="${variant.failsFirst}"]`)).toHaveAttribute('data-status', 'fail');
    await expect(widget.locator(`.exercise-check[data-check="${variant.failsFirst}"] .exercise-check__message`)).toHaveText(
      failing.message!,
    );
  });
}

test('before Monaco arrives, a plain editor takes the code and runs it; Monaco then takes over the text and the cursor', async ({
  page,
}) => {
  // Hold Monaco's part of the widget back, as a slow network would, until the plain editor has been used.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/monaco-widget\.[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(exercise('mse').path);
  const widget = page.locator('exercise-widget[data-exercise="mse"]');
  await widget.scrollIntoViewIfNeeded();
  await expect(widget).toHaveAttribute('data-runnable', 'true', { timeout: 20_000 });
  const plain = widget.locator('textarea.exercise-plain-editor');
  await plain.fill(source('content/exercises/mse/wrong/absolute-error.ts'));
  expect((await run(widget)).status).toBe('fail');
  await expect(widget.locator('.exercise-check[data-check="small-example"]')).toHaveAttribute('data-status', 'fail');
  await plain.press('ControlOrMeta+End');
  await plain.pressSequentially('\n// typed before the editor loaded');
  await expect(widget).not.toHaveAttribute('data-ready', 'true');

  release();
  await expect(widget).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  await expect(plain).toHaveCount(0);
  await expect.poll(() => editorText(widget)).toContain('// typed before the editor loaded');
  // The focus and the cursor came along: the next keystroke lands at the end, in Monaco.
  await page.keyboard.type(' and after');
  await expect.poll(() => editorText(widget)).toContain('// typed before the editor loaded and after');
});

test('a wrong answer shows the specific failing check and its numbers', async ({ page }) => {
  const widget = await openExercise(page, 'mse');
  await replaceCode(page, widget, source('content/exercises/mse/wrong/absolute-error.ts'));
  await run(widget);
  const failing = widget.locator('.exercise-check[data-check="small-example"]');
  await expect(failing).toHaveAttribute('data-status', 'fail');
  await expect(failing).toContainText('the MSE of the example is 4, expected 28');
  await expect(failing).toContainText('expected: 28');
});

test('while (true) {} times out, shows that it is running meanwhile, the page stays usable, and the next run works', async ({ page }) => {
  const widget = await openExercise(page, 'mse');
  await replaceCode(page, widget, 'while (true) {}\nexport function meanSquaredError(): number {\n  return 0;\n}\n');
  const running = run(widget);
  // A Run that lasts says so (busy-indicator.ts), and takes it back with its verdict.
  const runButton = widget.locator('[data-action="run"]');
  await expect(runButton).toHaveText('Running…');
  await expect(runButton).toBeDisabled();
  await expect(widget.locator('.exercise-live')).toHaveText('Running your code…');
  await expect(widget.locator('.exercise-results')).toHaveAttribute('aria-busy', 'true');
  const timedOut = await running;
  await expect(runButton).toHaveText('Run');
  await expect(runButton).toBeEnabled();
  await expect(widget.locator('.exercise-results')).toHaveAttribute('aria-busy', 'false');
  expect(timedOut).toMatchObject({ status: 'error', message: expect.stringMatching(/^timed out while loading/) });
  await expect(widget.locator('.exercise-summary')).toContainText('timed out while loading');

  const before = await page.evaluate(() => scrollY);
  await page.mouse.wheel(0, 400);
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(before);

  await widget.scrollIntoViewIfNeeded();
  await replaceCode(page, widget, source('content/exercises/mse/solution.ts'));
  expect((await run(widget)).status).toBe('pass');
});

test('a second Run changes only what changed: the same checks keep their nodes, the seed line takes the new seed', async ({ page }) => {
  const widget = await openExercise(page, 'train-test-split');
  await replaceCode(page, widget, source('content/exercises/train-test-split/solution.ts'));
  const first = await run(widget);
  // Marks on the nodes the first verdict drew (patch-children.ts keeps equal nodes in place).
  await widget.evaluate((element) => {
    for (const node of element.querySelectorAll('.exercise-check, .exercise-plots, .exercise-seed'))
      (node as HTMLElement & { kept?: boolean }).kept = true;
  });
  const second = await run(widget);
  expect(second.seed).not.toBe(first.seed);
  const kept = await widget.evaluate((element) =>
    Array.from(
      element.querySelectorAll('.exercise-check, .exercise-plots, .exercise-seed'),
      (node) => (node as HTMLElement & { kept?: boolean }).kept === true,
    ),
  );
  expect(kept.length).toBeGreaterThan(2);
  expect(kept.every(Boolean)).toBe(true);
  await expect(widget.locator('.exercise-seed')).toContainText(`seed ${second.seed}`);
  await expect(widget.locator('.exercise-seed')).not.toContainText(`seed ${first.seed}`);
});

test('the code survives a reload, and the page remembers the last verdict', async ({ page }) => {
  const widget = await openExercise(page, 'mse');
  const code = `${source('content/exercises/mse/solution.ts')}\n// kept across reloads\n`;
  await replaceCode(page, widget, code);
  await run(widget);
  await page.reload();
  const reloaded = await openExercise(page, 'mse');
  await expect.poll(() => editorText(reloaded)).toContain('// kept across reloads');
  await expect(reloaded.locator('.exercise-badge')).toHaveText(/^Passed ✓/);
  await expect(reloaded.locator('.exercise-results')).toBeEmpty();
});

test('completion offers TF.js members after "tf.", and errors are marked', async ({ page }) => {
  const widget = await openExercise(page, 'fit-linear-model');
  await widget.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('tf.tid');
  await expect(async () => {
    await page.keyboard.press('Control+Space');
    await expect(page.locator('.suggest-widget .monaco-list-row').first()).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.locator('.suggest-widget')).toContainText('tidy');
  // Error markers: one for a name the learner's realm lacks, none for the console and timers it has.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.insertText('console.log(setTimeout, notDefinedHere);');
  await expect(widget.locator('.squiggly-error')).toHaveCount(1, { timeout: 30_000 });
});

test('the browser and `lifecycle-lab grade` give the same result for the same submission', async ({ page }) => {
  // A submission whose numbers come from TF.js, so the comparison covers the backend's bits.
  // (Learner code with engine-defined behaviour, such as sort with an inconsistent
  // comparator, can legitimately differ between Chromium's and Node's V8.)
  const code = source('content/exercises/fit-linear-model/wrong/through-the-origin.ts');
  const widget = await openExercise(page, 'fit-linear-model');
  await replaceCode(page, widget, code);
  const browser = await run(widget);

  const file = join(mkdtempSync(join(tmpdir(), 'same-verdict-')), 'fit-linear-model.ts');
  writeFileSync(file, code);
  let output = '';
  try {
    output = execFileSync(
      process.execPath,
      ['src/cli/lifecycle-lab.ts', 'grade', '--exercise', 'fit-linear-model', file, '--format', 'json', '--seed', String(browser.seed)],
      { cwd: projectRoot, encoding: 'utf8' },
    );
  } catch (error) {
    output = (error as { stdout: string }).stdout; // exit 1: the submission fails, as expected
  }
  const node = JSON.parse(output) as GradeResult;
  const comparable = (result: GradeResult) => ({
    ...result,
    file: 'submission.ts',
    duration_ms: 0,
    tests: result.tests.map((test) => ({ ...test, duration_ms: 0 })),
  });
  expect(comparable(browser)).toEqual(comparable(node));
  // The plot data too: the same numbers and text alternatives from both environments.
  const plots = (result: GradeResult) => result.tests.map((test) => test.plots ?? []);
  expect(plots(browser).flat().length).toBeGreaterThan(0);
  expect(plots(browser)).toEqual(plots(node));
  expect(browser.tests[0]).toMatchObject({ status: 'fail', message: expect.stringContaining('is 2.4285714626312256, expected 2') });
  await expect(widget.locator('.exercise-seed')).toContainText(`--seed ${browser.seed}`);
});

test('no hidden check is in any file the built site serves', () => {
  // Every hidden check's id, read from every exercise's hidden-checks.ts.
  const hiddenIds = exercises
    .filter((entry) => entry.folder.hiddenChecksFile)
    .flatMap((entry) => [...source(entry.folder.hiddenChecksFile!).matchAll(/\bid: '([a-z0-9-]+)'/g)].map((match) => match[1]!));
  expect(hiddenIds.length).toBeGreaterThan(0);
  const served = readdirSync(join(projectRoot, 'dist'), { recursive: true, encoding: 'utf8' }).filter((file) =>
    /\.(js|json|html)$/.test(file),
  );
  expect(served.length).toBeGreaterThan(10);
  const leaking = served.flatMap((file) => {
    const text = readFileSync(join(projectRoot, 'dist', file), 'utf8');
    return hiddenIds.filter((id) => text.includes(`'${id}'`) || text.includes(`"${id}"`)).map((id) => `${file}: ${id}`);
  });
  expect(leaking).toEqual([]);
});

test('no editor, TF.js or grader code loads before the widget nears the viewport', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => scripts.push(new URL(request.url()).pathname));
  const heavy = () => scripts.filter((path) => /exercise-widget|editor\.api|learner-worker|ts\.worker|tfjs\.json/.test(path));
  const hidden = () => scripts.filter((path) => /hidden/i.test(path));
  await page.goto(exercise('mse').path);
  await page.waitForLoadState('networkidle');
  expect(heavy()).toEqual([]);
  await page.locator('exercise-widget').first().scrollIntoViewIfNeeded();
  await expect.poll(() => heavy().length, { timeout: 20_000 }).toBeGreaterThan(0);
  await page.waitForLoadState('networkidle');
  expect(hidden(), 'hidden checks must never reach the browser').toEqual([]);
});
