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
