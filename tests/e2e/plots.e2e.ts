import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './csp-guard.ts';
import { exercise, exercises, openExercise, replaceCode, run, source } from './exercise-page.ts';

/** Draws the plots of each exercise's reference solution and checks them in both themes: an SVG (or a table) with a name and a text alternative. */
for (const { id, folder } of exercises) {
  test(`${id}: the verdict of the reference solution draws its plots, in light and dark theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    const widget = await openExercise(page, id);
    await replaceCode(page, widget, source(folder.solution.file));
    const result = await run(widget);
    const expected = result.tests.flatMap((check) => check.plots ?? []);
    expect(expected.length).toBeGreaterThan(0);
    const figures = widget.locator('.exercise-plot');
    await expect(figures).toHaveCount(expected.length);

    const axisColours: string[] = [];
    for (const theme of ['light', 'dark'] as const) {
      await page.locator('starlight-theme-select select').first().selectOption(theme);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      for (const [index, plot] of expected.entries()) {
        const figure = figures.nth(index);
        await expect(figure.locator('.exercise-plot__text')).toHaveText(new RegExp(`^${plot.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
        const drawing = figure.locator(plot.kind === 'table' ? 'table' : 'svg[role="img"]');
        await expect(drawing).toHaveAttribute('aria-label', new RegExp(plot.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
        await expect(drawing).toBeVisible();
        // The chart itself, with its marks (Plot names each mark's group; kept as data-mark), not a legend swatch.
        if (plot.kind !== 'table') expect(await drawing.locator('g[data-mark]').count()).toBeGreaterThan(0);
      }
      // Drawn in the theme's own colours: the chart's text colour is the page's, so it changes with the theme.
      const svg = figures.locator('svg[role="img"]').first();
      if ((await svg.count()) > 0) axisColours.push(await svg.evaluate((node) => getComputedStyle(node).color));
    }
    if (axisColours.length === 2) expect(axisColours[0]).not.toBe(axisColours[1]);
    // Plot's own rules (display: block, for one) live once in the head, never in the drawings each
    // Run replaces: removing a stylesheet makes Chromium lay the whole page out again.
    expect(await widget.locator('.exercise-plots style').count()).toBe(0);
    const svg = figures.locator('svg[role="img"]').first();
    if ((await svg.count()) > 0) expect(await svg.evaluate((node) => getComputedStyle(node).display)).toBe('block');
    const headStyles = await page.locator('head style').allTextContents();
    expect(new Set(headStyles).size).toBe(headStyles.length);
    // In the dark theme now: the figures (charts, legends, tables) pass axe, contrast included.
    const axe = await new AxeBuilder({ page }).include('.exercise-plots').analyze();
    expect(axe.violations.map((violation) => `${violation.id}: ${violation.nodes.length}`)).toEqual([]);
  });
}

test('gradient descent that calls report(step, loss) streams its progress and gets a loss curve', async ({ page }) => {
  const widget = await openExercise(page, 'fit-linear-model');
  await replaceCode(page, widget, source('content/exercises/fit-linear-model/right/gradient-descent-following-hints.ts'));
  const seen = widget
    .locator('.exercise-training')
    .waitFor({ state: 'attached', timeout: 30_000 })
    .then(() => true);
  const result = await run(widget);
  expect(result.status).toBe('pass');
  expect(await seen).toBe(true);
  await expect(widget.locator('.exercise-plot', { hasText: 'Loss per step' }).locator('svg[role="img"]')).toBeVisible();
  await expect(widget.locator('.exercise-training')).toHaveCount(0);
});

test('no plotting code loads with a page until a verdict has a plot', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => scripts.push(new URL(request.url()).pathname));
  const plotting = () => scripts.filter((path) => /plot-view|observablehq/i.test(path));
  await page.goto(exercise('mse').path);
  await page.waitForLoadState('networkidle');
  expect(plotting()).toEqual([]);
  const widget = await openExercise(page, 'mse');
  await page.waitForLoadState('networkidle');
  expect(plotting()).toEqual([]);
  await replaceCode(page, widget, source('content/exercises/mse/solution.ts'));
  await run(widget);
  await expect(widget.locator('.exercise-plot svg[role="img"]')).toBeVisible();
  expect(plotting().length).toBeGreaterThan(0);
});
