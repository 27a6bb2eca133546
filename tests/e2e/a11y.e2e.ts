import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './csp-guard.ts';
import { expectAccessibleInBothThemes } from './axe-check.ts';
import { widgetStates } from './a11y-states.ts';
import { exercise, openExercise, projectRoot } from './exercise-page.ts';

/** Every HTML page of the built site, read from dist/ so that a new page is checked without anyone listing it. */
const builtPages = readdirSync(join(projectRoot, 'dist'), { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html') && !/^(_astro|pagefind)\//.test(file))
  .map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`)
  .sort();

test('the built site has pages to check', () => {
  expect(builtPages).toContain('/');
  expect(builtPages.length).toBeGreaterThan(5);
});

for (const path of builtPages) {
  test(`${path}: no serious accessibility violation in the light or the dark theme`, async ({ page }) => {
    await page.goto(path);
    for (const diagram of await page.locator('lifecycle-diagram').all()) {
      await diagram.scrollIntoViewIfNeeded();
      await expect(diagram).toHaveAttribute('data-state', /rendered|error/);
    }
    await expectAccessibleInBothThemes(page, path);
  });
}

test('an exercise lesson, by keyboard alone: editor in and out, Run, hints, a quiz; axe after each state', async ({ page }) => {
  // One page through many states, each checked by axe twice (both themes): far more than one default timeout.
  test.setTimeout(240_000);
  const widget = await openExercise(page, exercise('mse').id);
  const editorFocused = () => widget.locator('.monaco-editor').evaluate((editor) => editor.contains(document.activeElement));
  const hint = widget.locator('.exercise-tab-hint');

  await test.step('Tab reaches the editor; Escape then Tab leaves it; Shift+Tab comes back', async () => {
    await widget.locator('[data-action="reveal"]').focus();
    await page.keyboard.press('Tab');
    await expect.poll(editorFocused).toBe(true);
    await expect(hint).toHaveText(/Escape then Tab/);
    // Tab alone stays in the editor (it indents).
    await page.keyboard.press('Tab');
    expect(await editorFocused()).toBe(true);
    await page.keyboard.press('Control+Z');
    await page.keyboard.press('Escape');
    await expect(hint).toHaveText(/Now press Tab to leave the editor/);
    await page.keyboard.press('Tab');
    await expect(widget.locator('[data-action="screen-reader-mode"]')).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect.poll(editorFocused).toBe(true);
  });

  await test.step('Ctrl+M makes Tab move focus, and the hint says so', async () => {
    await page.keyboard.press('Control+M');
    await expect(hint).toHaveText(/Tab now moves focus/);
    await page.keyboard.press('Tab');
    await expect(widget.locator('[data-action="screen-reader-mode"]')).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect.poll(editorFocused).toBe(true);
    await page.keyboard.press('Control+M');
    await expect(hint).toHaveText(/Tab indents/);
  });

  await test.step('the screen-reader switch turns on Monaco’s screen-reader mode and is remembered', async () => {
    await widget.locator('[data-action="screen-reader-mode"]').check();
    await expect.poll(() => page.evaluate(() => localStorage.getItem('lifecycle-lab:screen-reader-mode:v1'))).toBe('on');
    await widget.locator('[data-action="screen-reader-mode"]').uncheck();
  });

  await test.step('Ctrl+Enter in the editor runs the checks, and the verdict is announced', async () => {
    await widget.locator('.monaco-editor textarea').focus();
    await page.keyboard.press('Control+Enter');
    await expect(widget.locator('.exercise-summary')).toHaveText(/checks passed|Could not run/, { timeout: 30_000 });
    await expect(widget.locator('.exercise-live')).toHaveText(/checks passed|Could not run/);
  });

  for (const state of widgetStates) {
    await test.step(`axe: ${state.name}`, async () => {
      await state.enter(page, widget);
      await expectAccessibleInBothThemes(page, `${exercise('mse').path} ${state.name}`);
    });
  }

  await test.step('a quiz answered with the keyboard: wrong, then right; announced, saved, restored', async () => {
    const question = page.locator('lifecycle-quiz form.quiz-question').first();
    const id = await question.getAttribute('data-question');
    const choices = question.locator('.quiz-choice');
    const correct = await choices.evaluateAll((items) => items.findIndex((item) => item.hasAttribute('data-correct')));
    const wrong = correct === 0 ? 1 : 0;
    await choices.nth(wrong).locator('input').focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    const feedback = question.locator('.quiz-feedback');
    await expect(feedback).toHaveAttribute('aria-live', 'polite');
    await expect(feedback).toContainText('Not quite.');
    await expect(choices.nth(wrong)).toHaveAttribute('data-state', 'wrong');
    // Arrow keys move through the radio group; Enter checks.
    for (let step = 0; step < Math.abs(correct - wrong); step += 1) await page.keyboard.press(correct > wrong ? 'ArrowDown' : 'ArrowUp');
    await expect(choices.nth(correct).locator('input')).toBeChecked();
    await page.keyboard.press('Enter');
    await expect(feedback).toContainText('Correct.');
    await expect(choices.nth(wrong).locator('.quiz-why')).toBeVisible();

    const lesson = await page.locator('lifecycle-quiz').getAttribute('data-lesson');
    const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), `lifecycle-lab:quiz:v1:${lesson}`);
    const questions = await page.locator('lifecycle-quiz form.quiz-question').count();
    expect(saved).toEqual({ questions, answers: { [id!]: { choice: correct, correct: true, at: expect.any(String) } } });
    expect(Number.isNaN(Date.parse(saved.answers[id!].at))).toBe(false);

    await expectAccessibleInBothThemes(page, `${exercise('mse').path} with a quiz answered`);

    await page.reload();
    await expect(question.locator('.quiz-choice').nth(correct)).toHaveAttribute('data-state', 'correct');
    await expect(question.locator('.quiz-choice').nth(correct).locator('input')).toBeChecked();
    await expect(page.locator('lifecycle-quiz .quiz-score')).toHaveText(
      `1 of ${questions} answered correctly; ${questions - 1} not answered yet.`,
    );
  });
});
