import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * Waits until every code block that scrolls sideways is focusable. Expressive Code gives such a
 * block `tabindex="0"` from a ResizeObserver, after a 250 ms debounce and an idle callback, so on
 * a busy machine axe could otherwise read the page in a state that lasts a moment and report
 * `scrollable-region-focusable`. A block that never becomes focusable is left for axe to report.
 */
async function scrollableCodeSettled(page: Page): Promise<void> {
  await page
    .waitForFunction(
      () =>
        [...document.querySelectorAll('.expressive-code pre')].every(
          (block) => block.scrollWidth <= block.clientWidth || block.hasAttribute('tabindex'),
        ),
      undefined,
      { timeout: 5_000 },
    )
    .catch(() => undefined);
}

/** Serious and critical axe violations on the page once it has settled, one line each (rule, impact, where). */
export async function seriousViolations(page: Page): Promise<string[]> {
  await scrollableCodeSettled(page);
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** Switches the page's theme through Starlight's own theme picker (no reload), as a learner would. */
export async function chooseTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.locator('starlight-theme-select select').first().selectOption(theme);
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

/** Fails with the violations listed if axe finds anything serious in either theme; leaves the page in the light theme. */
export async function expectAccessibleInBothThemes(page: Page, what: string): Promise<void> {
  for (const theme of ['light', 'dark'] as const) {
    await chooseTheme(page, theme);
    // Diagrams redraw in the new theme; let them settle before axe reads their colours.
    for (const diagram of await page.locator('lifecycle-diagram[data-state="rendered"]').all()) {
      await expect(diagram).toHaveAttribute('data-theme', theme === 'dark' ? 'dark' : 'default');
    }
    // Monaco's editors (a diff view has two) take the new theme and repaint their lines on a later frame.
    await page.waitForFunction(
      (themeClass) =>
        [...document.querySelectorAll('.monaco-editor[role="code"]')].every((editor) => editor.classList.contains(themeClass)),
      theme === 'dark' ? 'vs-dark' : 'vs',
      { timeout: 10_000 },
    );
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await seriousViolations(page), `${what}, ${theme} theme: accessibility violations`).toEqual([]);
  }
  await chooseTheme(page, 'light');
}
