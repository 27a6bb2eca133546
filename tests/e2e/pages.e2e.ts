import { expect, test } from './csp-guard.ts';
import { seriousViolations } from './axe-check.ts';
import { coursePages } from './course-pages.ts';

for (const page of coursePages) {
  test(`${page.file} loads without console errors, has no serious accessibility violations, and fits its code to the column`, async ({
    page: tab,
  }) => {
    const problems: string[] = [];
    tab.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    tab.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    tab.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
    });

    await tab.goto(page.path);
    await expect(tab.locator('h1')).toHaveText(page.title);

    const serious = await seriousViolations(tab);
    expect(serious, `${page.file}: accessibility violations`).toEqual([]);
    expect(problems, `${page.file}: errors while loading`).toEqual([]);

    // At desktop width a reader sees every line of code whole; a wider line hides its end (a
    // signature's return type, say) until the block is scrolled. Reported by its longest line.
    await tab.evaluate(async () => {
      await document.fonts.ready;
    });
    const scrolling = await tab
      .locator('.expressive-code pre')
      .evaluateAll((blocks) =>
        blocks
          .filter((block) => block.scrollWidth > block.clientWidth)
          .map((block) =>
            [...block.querySelectorAll('.ec-line')]
              .map((line) => line.textContent ?? '')
              .reduce((a, b) => (b.length > a.length ? b : a), ''),
          ),
      );
    expect(scrolling, `${page.file}: code lines too wide for the column at ${tab.viewportSize()?.width} px`).toEqual([]);
  });
}

test('every page carries a Content Security Policy that allows only its own inline scripts', async ({ page, cspViolations }) => {
  await page.goto('/');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("base-uri 'none'");
  expect(policy).toContain("connect-src 'self'");
  expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+$/);
  // An injected inline script is refused.
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true;';
    document.body.append(script);
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => cspViolations.length).toBe(1);
  expect(cspViolations[0]).toMatch(/^script-src(-elem)? blocked inline/);
  cspViolations.length = 0; // expected, so not a failure of this test
});
