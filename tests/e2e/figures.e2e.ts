import { expect, test } from './csp-guard.ts';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { coursePages } from './course-pages.ts';
import { source } from './exercise-page.ts';

/**
 * The lesson figures, operated with the keyboard only, in both themes (dark at a phone's
 * 375 px): each description must change with the controls, and the SVG must carry a title,
 * a description and the theme's colours. Plus: pages without a figure load no Observable Plot.
 */

// Observable Plot's default class prefix: present in its code, and nowhere else in the site.
const PLOT_SIGNATURE = 'plot-d6a7b5';
const THEMES = [
  { theme: 'light', viewport: { width: 1280, height: 800 } },
  { theme: 'dark', viewport: { width: 375, height: 740 } },
] as const;

/** Scrolls to a figure and waits until it has drawn; checks the SVG's text alternative. */
async function openFigure(page: Page, tag: string): Promise<Locator> {
  const figure = page.locator(tag);
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-state', 'ready');
  for (const svg of await figure.locator('svg').all()) {
    await expect(svg.locator(':scope > title')).not.toBeEmpty();
    await expect(svg.locator(':scope > desc')).not.toBeEmpty();
  }
  return figure;
}

/** The computed colour a CSS variable gives in the current theme, to compare a mark's fill with. */
const themeColour = (page: Page, variable: string) =>
  page.evaluate((name) => {
    const probe = document.createElement('span');
    probe.style.color = `var(${name})`;
    document.body.append(probe);
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
  }, variable);

/** axe finds nothing serious in a drawn figure (names, roles, contrast of the theme's colours). */
async function expectAccessible(page: Page, tag: string): Promise<void> {
  const results = await new AxeBuilder({ page }).include(tag).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(serious, `${tag}: accessibility violations`).toEqual([]);
}

/** Every drawn SVG fits its reserved canvas, and the page does not scroll sideways. */
async function expectNoShiftOrOverflow(page: Page, figure: Locator): Promise<void> {
  for (const canvas of await figure.locator('.lesson-figure__canvas').all()) {
    const [box, svg] = await Promise.all([canvas.boundingBox(), canvas.locator('svg').boundingBox()]);
    expect(svg!.height).toBeLessThanOrEqual(box!.height + 0.5);
    expect(svg!.width).toBeLessThanOrEqual(box!.width + 0.5);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);
}

for (const { theme, viewport } of THEMES) {
  test.describe(`${theme} theme, ${viewport.width} px`, () => {
    test.use({ colorScheme: theme, viewport });

    test('training: move a point with the arrow keys, then push the learning rate past the limit', async ({ page }) => {
      await page.goto('/training/');
      const fit = await openFigure(page, 'least-squares-figure');
      const live = fit.locator('[data-role="live"]');
      await expect(live).toHaveText(/^Slope 1\.80, intercept 1\.50, MSE 0\.45\./);
      const point = fit.locator('circle[data-index]').last();
      expect(await point.evaluate((circle) => getComputedStyle(circle).fill)).toBe(await themeColour(page, '--sl-color-accent-high'));

      // From the button after the plot, Shift+Tab lands on the last point: keyboard only from here.
      await fit.locator('[data-role="reset"]').focus();
      await page.keyboard.press('Shift+Tab');
      await expect(point).toBeFocused();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      // (4, 8) → (4, 7): slope 7.5 / 5 = 1.5, intercept 5.75 − 1.5 × 2.5 = 2, errors 0.5, 0, −1.5, 1: MSE 0.875.
      await expect(live).toHaveText(/^Slope 1\.50, intercept 2\.00, MSE 0\.88\. .*\(4\.0, 7\.0\)/);
      await expect(fit.locator('circle[data-index="3"]')).toBeFocused();
      await expect(fit.locator('svg > desc')).toHaveText(await live.innerText());
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect(live).toHaveText(/^Slope 1\.80, intercept 1\.50, MSE 0\.45\./);
      await expectNoShiftOrOverflow(page, fit);
      await expectAccessible(page, 'least-squares-figure');

      const descent = await openFigure(page, 'gradient-descent-figure');
      const rate = descent.getByLabel('Learning rate');
      const story = descent.locator('[data-role="live"]');
      await expect(story)
        .toContainText('Learning rate 0.05')
        .then(() => expect(story).toContainText('converging towards'));
      await rate.focus();
      await page.keyboard.press('End');
      await expect(story).toContainText('Learning rate 0.50');
      await expect(story).toContainText('diverging');
      await expectNoShiftOrOverflow(page, descent);
      await expectAccessible(page, 'gradient-descent-figure');
    });

    test('evaluation: the test fraction and k change the split and the folds', async ({ page }) => {
      await page.goto('/evaluation-and-validation/');
      const figure = await openFigure(page, 'split-folds-figure');
      const split = figure.locator('[data-role="split-live"]');
      const folds = figure.locator('[data-role="folds-live"]');
      await expect(split).toHaveText(/^Test fraction 0\.20: 4 of 20 rows go to test/);
      await figure.getByLabel('Test fraction').focus();
      await page.keyboard.press('ArrowRight');
      await expect(split).toHaveText(/^Test fraction 0\.25: 5 of 20 rows go to test/);

      await expect(folds).toHaveText(/^k = 3: folds of 7, 7 and 6 rows/);
      await page.keyboard.press('Tab');
      await expect(figure.getByLabel('Folds (k)')).toBeFocused();
      await page.keyboard.press('ArrowRight');
      await expect(folds).toHaveText(/^k = 4: folds of 5, 5, 5 and 5 rows/);
      await expect(figure.locator('[data-role="folds-canvas"] svg > desc')).toHaveText(await folds.innerText());
      const before = await folds.innerText();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect(folds).not.toHaveText(before);
      await expectNoShiftOrOverflow(page, figure);
      await expectAccessible(page, 'split-folds-figure');
    });

    test('monitoring: shifting the mean takes PSI past 0.1 and then 0.2', async ({ page }) => {
      await page.goto('/monitoring/');
      const figure = await openFigure(page, 'psi-figure');
      const live = figure.locator('[data-role="live"]');
      await expect(live).toContainText('stable');
      await figure.getByLabel('Shift the mean').focus();
      for (let press = 0; press < 7; press += 1) await page.keyboard.press('ArrowRight');
      await expect(live).toHaveText(/^Mean shifted by \+3\.5 €.*worth watching\.$/);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await expect(live).toHaveText(/^Mean shifted by \+4\.5 €.*drift\.$/);
      await expect(figure.locator('[data-role="meter-canvas"] svg > desc')).toHaveText(await live.innerText());
      await expectNoShiftOrOverflow(page, figure);
      await expectAccessible(page, 'psi-figure');
    });
  });
}

test('a lesson without a figure downloads no Observable Plot; a lesson with one does', async ({ page }) => {
  const plotScripts: string[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    const body = await response.text().catch(() => '');
    if (body.includes(PLOT_SIGNATURE)) plotScripts.push(new URL(response.url()).pathname);
  });
  const withoutFigure = coursePages.filter((lesson) => !/<[A-Z]\w*Figure\b/.test(source(lesson.file)));
  expect(withoutFigure.length, 'lessons without a figure').toBeGreaterThan(0);
  for (const lesson of withoutFigure) {
    await page.goto(lesson.path);
    await page.mouse.wheel(0, 50_000);
    await page.waitForLoadState('networkidle');
    expect(plotScripts, `${lesson.file} loaded Observable Plot`).toEqual([]);
  }

  await page.goto('/monitoring/');
  await page.waitForLoadState('networkidle');
  expect(plotScripts, 'Plot loaded before the figure came near').toEqual([]);
  await openFigure(page, 'psi-figure');
  await expect.poll(() => plotScripts.length).toBeGreaterThan(0);
});
