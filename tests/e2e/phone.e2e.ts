import { expect, test } from './csp-guard.ts';
import type { Page } from '@playwright/test';
import { coursePages } from './course-pages.ts';
import { exercise, openExercise, replaceCode, run, source } from './exercise-page.ts';

// A small phone: 375 CSS pixels wide, touch, no hover.
test.use({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

/** How far the page is wider than the screen (0 when nothing scrolls sideways). */
const sidewaysOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test('at 375 px every lesson fits the screen, and an exercise is solved and a quiz answered', async ({ page }) => {
  for (const lesson of coursePages) {
    await page.goto(lesson.path);
    expect(await sidewaysOverflow(page), `${lesson.file} scrolls sideways at 375 px`).toBeLessThanOrEqual(0);
  }

  const { id, folder } = exercise('mse');
  const widget = await openExercise(page, id);
  const within = async (selector: string) => {
    const box = (await widget.locator(selector).first().boundingBox())!;
    expect(box.x, `${selector} starts on screen`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `${selector} ends on screen`).toBeLessThanOrEqual(375);
  };
  await within('.exercise-editor');
  await within('[data-action="run"]');
  await replaceCode(page, widget, source(folder.solution.file));
  await widget.locator('[data-action="run"]').scrollIntoViewIfNeeded();
  const result = await run(widget);
  expect(result.status).toBe('pass');
  await within('.exercise-results');
  await expect(widget.locator('.exercise-summary')).toBeInViewport();
  expect(await sidewaysOverflow(page), 'the verdict widens the page').toBeLessThanOrEqual(0);

  // Answer the lesson's first question by tapping.
  const question = page.locator('lifecycle-quiz form.quiz-question').first();
  await question.scrollIntoViewIfNeeded();
  const correct = question.locator('.quiz-choice[data-correct]');
  await correct.locator('label').tap();
  await expect(correct.locator('input')).toBeChecked();
  await question.locator('.quiz-check').tap();
  await expect(question.locator('.quiz-feedback')).toContainText('Correct.');
  const box = (await question.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(375);
  expect(await sidewaysOverflow(page), 'the quiz feedback widens the page').toBeLessThanOrEqual(0);
});
