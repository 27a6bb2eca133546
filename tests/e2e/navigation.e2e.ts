import { expect, test } from './csp-guard.ts';
import { coursePages } from './course-pages.ts';

test('the sidebar lists every lesson in course order: the overview first, the stages numbered', async ({ page }) => {
  await page.goto('/');
  // Lesson links only: the progress page closes the list (checked in progress.e2e.ts).
  const links = page.locator('nav[aria-label="Main"] a:not([href="/progress/"])');
  await expect(links).toHaveCount(coursePages.length);
  const hrefs = await links.evaluateAll((anchors) => anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname));
  expect(hrefs).toEqual(coursePages.map((entry) => entry.path));
  // The label is the link's first span; a lesson with exercises adds its progress in words after it.
  await expect(links.first().locator('span').first()).toHaveText('The ML lifecycle');
  await expect(links.nth(1).locator('span').first()).toHaveText('1. Problem definition');
  const lastStage = [...coursePages].reverse().find((entry) => entry.stage !== undefined)!;
  await expect(links.nth(coursePages.indexOf(lastStage)).locator('span').first()).toHaveText(`${lastStage.stage}. ${lastStage.title}`);
});

test('"Next" walks the whole course from the overview to the last page, and "Previous" walks back', async ({ page }) => {
  await page.goto(coursePages[0]!.path);
  for (const expected of coursePages.slice(1)) {
    await page.locator('.pagination-links a[rel="next"]').click();
    await expect(page).toHaveURL(expected.path);
    await expect(page.locator('h1')).toHaveText(expected.title);
  }
  // After the last lesson, "Next" leads to the learner's progress through the course.
  await expect(page.locator('.pagination-links a[rel="next"]')).toHaveAttribute('href', '/progress/');
  for (const expected of coursePages.slice(0, -1).reverse()) {
    await page.locator('.pagination-links a[rel="prev"]').click();
    await expect(page).toHaveURL(expected.path);
  }
});
