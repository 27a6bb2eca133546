import { expect, test } from './csp-guard.ts';

test('search finds a lesson by a word that only appears in its body', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).click();
  const input = page.getByRole('dialog', { name: 'Search' }).getByRole('textbox', { name: 'Search' });
  // "winsorised" appears in the cleaning lesson's text, not in any title or description.
  await input.fill('winsorised');
  const firstResult = page.locator('.pagefind-ui__result').first();
  await expect(firstResult).toContainText('Cleaning and preprocessing');
  await firstResult.locator('a').first().click();
  await expect(page).toHaveURL(/\/cleaning-and-preprocessing\//);
});

test("Pagefind's UI loads only when the reader reaches for search, and Ctrl+K still lands in its box", async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  const pagefindUi = () => requested.filter((path) => /\/ui-core\.[\w-]+\.js$/.test(path));

  await page.goto('/training/');
  await page.waitForLoadState('networkidle');
  // Starlight would have built the UI on idle by now; the stand-in is waiting for intent.
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
  expect(pagefindUi(), 'no Pagefind UI before the reader asks for search').toEqual([]);

  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog).toBeVisible();
  const input = dialog.getByRole('textbox', { name: 'Search' });
  // Typed straight away, with no click: the box has the focus once the UI is built.
  await expect(input).toBeFocused();
  await page.keyboard.type('drift');
  await expect(page.locator('.pagefind-ui__result').first()).toBeVisible();
  expect(pagefindUi().length).toBe(1);
});

test('a Search click that comes before the page is idle still gets a working search box', async ({ page }) => {
  // Hold back idle callbacks, where Starlight constructs the Pagefind UI, until after the click.
  await page.addInitScript(() => {
    const held: IdleRequestCallback[] = [];
    window.requestIdleCallback = (callback) => held.push(callback);
    Object.assign(window, {
      releaseIdle: () => held.splice(0).forEach((callback) => callback({ didTimeout: false, timeRemaining: () => 50 })),
    });
  });
  await page.goto('/training/');
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog).toBeVisible();
  await page.evaluate(() => (window as unknown as { releaseIdle: () => void }).releaseIdle());
  const input = dialog.getByRole('textbox', { name: 'Search' });
  await expect(input).toBeFocused();
  await page.keyboard.type('drift');
  await expect(page.locator('.pagefind-ui__result').first()).toBeVisible();
});
