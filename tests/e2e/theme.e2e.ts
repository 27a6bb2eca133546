import { expect, test } from './csp-guard.ts';

test('the theme toggle switches the page and redraws diagrams in the new theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'light');
  const diagram = page.locator('lifecycle-diagram').first();
  await diagram.scrollIntoViewIfNeeded();
  await expect(diagram).toHaveAttribute('data-theme', 'default');
  const lightBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  await page.locator('starlight-theme-select select').first().selectOption('dark');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(diagram).toHaveAttribute('data-theme', 'dark');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(lightBackground);

  // The choice survives a reload.
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'dark');
});
