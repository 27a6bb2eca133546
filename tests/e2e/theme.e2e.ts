import { expect, test } from './csp-guard.ts';

test('the theme toggle switches the page and its diagrams to the new theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'light');
  const diagram = page.locator('figure.lifecycle-diagram').first();
  await expect(diagram.locator('.lifecycle-diagram__image--light')).toBeVisible();
  const lightBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  await page.locator('starlight-theme-select select').first().selectOption('dark');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(diagram.locator('.lifecycle-diagram__image--dark')).toBeVisible();
  await expect(diagram.locator('.lifecycle-diagram__image--light')).toBeHidden();
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(lightBackground);

  // The choice survives a reload.
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'dark');
});
