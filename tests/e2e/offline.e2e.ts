import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './csp-guard.ts';
import { coursePages } from './course-pages.ts';
import { exercises, openExercise, projectRoot, replaceCode, run, source } from './exercise-page.ts';
import { serveSite } from './site-server.ts';
import { IMMUTABLE_ASSETS_RULE } from '../../src/build/immutable-assets.ts';

// Service workers need a secure context: http://127.0.0.1 is one.
test.use({ serviceWorkers: 'allow' });
// The first visit downloads the whole course (~22 MB) into the precache on a busy machine.
test.setTimeout(180_000);

/** How many files the built sw.js precaches, counted in its manifest. */
const precacheSize = () => readFileSync(join(projectRoot, 'dist/sw.js'), 'utf8').match(/\{url:"/g)?.length ?? 0;

/** Waits until the page's service worker is active, then returns how many files its precache holds. */
async function waitForPrecache(page: Page): Promise<number> {
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state), { timeout: 150_000 })
    .toBe('activated');
  return page.evaluate(async () => {
    const name = (await caches.keys()).find((key) => key.includes('precache'));
    return name ? (await (await caches.open(name)).keys()).length : 0;
  });
}

test('after one visit the course works offline: an unvisited lesson, its exercise, and search', async ({ page, context }) => {
  await page.goto('/');
  expect(await waitForPrecache(page)).toBe(precacheSize());

  await context.setOffline(true);
  expect(
    await page.evaluate(() =>
      fetch('/not-in-the-precache').then(
        () => 'reached the server',
        () => 'offline',
      ),
    ),
  ).toBe('offline');
  // Requests nothing answered while offline: a file missing from the precache shows up here.
  const failed: string[] = [];
  page.on('requestfailed', (request) => failed.push(`${request.url()}: ${request.failure()?.errorText}`));

  // An exercise on a lesson this browser has not opened: the editor, the learner worker and TF.js all come from the precache.
  const { id, path, folder } = exercises.findLast((entry) => entry.path !== '/')!;
  const widget = await openExercise(page, id);
  await replaceCode(page, widget, source(folder.solution.file));
  const result = await run(widget);
  expect(result.status).toBe('pass');
  await expect(widget.locator('.exercise-summary')).toHaveText(`All ${result.tests.length} checks passed.`);

  // Search (Pagefind's index and fragments), then follow a result to another unvisited lesson.
  const target = coursePages.findLast((lesson) => lesson.path !== '/' && lesson.path !== path)!;
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('dialog', { name: 'Search' }).getByRole('textbox', { name: 'Search' }).fill(target.title);
  const hit = page.locator('.pagefind-ui__result', { hasText: target.title }).first();
  await expect(hit).toBeVisible();
  await hit.locator('a').first().click();
  await expect(page.locator('h1')).toHaveText(target.title);

  expect(failed, 'requests that failed offline').toEqual([]);
});

test('a new version is announced in a live region, and Reload switches to it', async ({ page }) => {
  // Its own server, so this test can deploy a new sw.js without touching what the other tests load.
  const site = await serveSite(join(projectRoot, 'dist'));
  try {
    await page.goto(`${site.url}/`);
    await waitForPrecache(page);
    await page.reload();
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');

    // The next deploy: a different sw.js (with the same files, so installing it is quick).
    site.replace('/sw.js', `${readFileSync(join(projectRoot, 'dist/sw.js'), 'utf8')}\n// the next version\n`);
    await page.evaluate(async () => void (await (await navigator.serviceWorker.getRegistration())!.update()));

    const notice = page.getByRole('status').filter({ hasText: 'A new version of the course is ready' });
    await expect(notice).toBeVisible({ timeout: 60_000 });
    await expect(notice).toHaveAttribute('aria-live', 'polite');
    const axe = await new AxeBuilder({ page }).include('.update-notice').analyze();
    expect(axe.violations.map((violation) => `${violation.id} (${violation.impact})`)).toEqual([]);
    // Until the learner says so, the old version keeps serving this page.
    expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(true);

    await page.evaluate(() => Object.assign(window, { beforeUpdate: true }));
    const reloaded = page.waitForEvent('load', { timeout: 30_000 });
    await notice.getByRole('button', { name: 'Reload' }).click();
    await reloaded;
    expect(await page.evaluate(() => 'beforeUpdate' in window)).toBe(false);
    await expect(page.locator('h1')).toBeVisible();
    expect(
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return { waiting: Boolean(registration?.waiting), controlled: navigator.serviceWorker.controller === registration?.active };
      }),
    ).toEqual({ waiting: false, controlled: true });
    await expect(notice).toHaveCount(0);
  } finally {
    await site.close();
  }
});

test('what _headers lets browsers keep for a year is named after its content', () => {
  expect(readFileSync(join(projectRoot, 'dist/_headers'), 'utf8')).toContain(IMMUTABLE_ASSETS_RULE);
  const assets = readdirSync(join(projectRoot, 'dist/_astro'), { recursive: true, encoding: 'utf8' }).map((file) => basename(file));
  expect(assets.length).toBeGreaterThan(10);
  // Vite's content hash (8 characters after "." or "-"), or Expressive Code's (ec.<5>): a file
  // named otherwise would keep its name across builds and a returning browser its old copy.
  const unhashed = assets.filter((name) => !/^.+[.-][\w-]{8}\.\w+$/.test(name) && !/^ec\.\w{5}\.\w+$/.test(name));
  expect(unhashed).toEqual([]);
});
