import { expect, test } from './csp-guard.ts';

test('quiz code loads only on a lesson with a quiz, and only as the quiz nears', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => scripts.push(new URL(request.url()).pathname));
  const quizCode = () => scripts.filter((path) => /quiz-element/.test(path));
  const quizDefiner = () => scripts.filter((path) => /MarkdownContent\.astro/.test(path));

  await page.goto('/');
  await page.waitForLoadState('networkidle');
  expect([...quizDefiner(), ...quizCode()], 'the overview has no quiz').toEqual([]);

  await page.goto('/monitoring/');
  await page.waitForLoadState('networkidle');
  expect(quizDefiner().length, 'a lesson with a quiz defines the element').toBeGreaterThan(0);
  expect(quizCode(), 'but loads its code only when the quiz is near').toEqual([]);
  const quiz = page.locator('lifecycle-quiz');
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz).toHaveAttribute('data-ready', 'true');
  expect(quizCode().length).toBeGreaterThan(0);
});
