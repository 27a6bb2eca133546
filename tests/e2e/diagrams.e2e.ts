import { expect, test } from './csp-guard.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { coursePages } from './course-pages.ts';
import { projectRoot } from './exercise-page.ts';

/** How many Mermaid diagrams a lesson's source has: the page must show exactly that many. */
const diagramCount = (file: string) => (readFileSync(join(projectRoot, file), 'utf8').match(/^```mermaid\b/gm) ?? []).length;
const withDiagrams = coursePages.filter((candidate) => diagramCount(candidate.file) > 0);

/** Starlight's stored choice, read by its inline head script before the first paint. */
async function chooseTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.addInitScript((choice) => localStorage.setItem('starlight-theme', choice), theme);
}

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  for (const page of withDiagrams) {
    test(`every diagram in ${page.file} is an SVG in the HTML, sized, with an accessible name`, async ({ page: tab }) => {
      await tab.goto(page.path);
      const figures = await tab.locator('figure.lifecycle-diagram').all();
      expect(figures, `${page.file}: diagrams on the page`).toHaveLength(diagramCount(page.file));
      for (const figure of figures) {
        const where = `${page.file}:${await figure.getAttribute('data-source-line')}`;
        expect(await figure.evaluate((element) => element.closest('pre, code')), `${where}: inside a code block`).toBeNull();
        for (const theme of ['light', 'dark']) {
          const image = figure.locator(`img.lifecycle-diagram__image--${theme}`);
          await expect(image, `${where}: no ${theme} drawing`).toHaveAttribute('src', /^data:image\/svg\+xml;charset=utf-8,<svg /);
          // Width and height in the HTML reserve the box before the image is decoded.
          expect(Number(await image.getAttribute('width')), `${where}: ${theme} width`).toBeGreaterThan(0);
          expect(Number(await image.getAttribute('height')), `${where}: ${theme} height`).toBeGreaterThan(0);
        }
        // Without scripts Starlight shows its default (dark) theme: exactly one drawing shows, and it has decoded.
        const shown = figure.getByRole('img');
        await expect(shown, `${where}: one visible drawing`).toHaveCount(1);
        await expect(shown, `${where}: accessible name`).toHaveAccessibleName(/\S.{20,}/);
        await shown.scrollIntoViewIfNeeded();
        const natural = await shown.evaluate(async (image: HTMLImageElement) => (await image.decode(), image.naturalWidth));
        expect(natural, `${where}: the SVG did not decode`).toBeGreaterThan(0);
      }
    });
  }
});

for (const theme of ['light', 'dark'] as const) {
  test(`in the ${theme} theme each diagram shows its ${theme} drawing, in the box its attributes reserve`, async ({ page }, testInfo) => {
    await chooseTheme(page, theme);
    await page.goto(withDiagrams[0]!.path);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    const figure = page.locator('figure.lifecycle-diagram').first();
    await expect(figure.locator(`.lifecycle-diagram__image--${theme}`)).toBeVisible();
    await expect(figure.locator(`.lifecycle-diagram__image--${theme === 'light' ? 'dark' : 'light'}`)).toBeHidden();
    const box = await figure.locator(`.lifecycle-diagram__image--${theme}`).evaluate((image: HTMLImageElement) => ({
      aspect: image.width / image.height,
      reserved: Number(image.getAttribute('width')) / Number(image.getAttribute('height')),
      height: image.getBoundingClientRect().height,
    }));
    expect(box.height).toBeGreaterThan(50);
    expect(box.aspect).toBeCloseTo(box.reserved, 2);
    // For a person reviewing the run: how the diagram looks in this theme.
    await figure.scrollIntoViewIfNeeded();
    await testInfo.attach(`diagram-${theme}.png`, { body: await figure.screenshot(), contentType: 'image/png' });
  });
}

test('a lesson page with diagrams downloads no Mermaid code', async ({ page }) => {
  const mermaidBytes: string[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    if (/mermaid/i.test(await response.text().catch(() => ''))) mermaidBytes.push(new URL(response.url()).pathname);
  });
  for (const lesson of withDiagrams.slice(0, 2)) {
    await page.goto(lesson.path);
    await page.locator('figure.lifecycle-diagram').first().scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 5000);
    await page.waitForLoadState('networkidle');
  }
  expect(mermaidBytes).toEqual([]);
});
