import { expect, test as base } from '@playwright/test';

/**
 * Every browser test runs with the site's Content Security Policy on and fails on any
 * violation the page reports, so a change that needs a looser policy cannot slip in.
 */
export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ page }, use) => {
      const violations: string[] = [];
      await page.exposeFunction('__reportCspViolation', (text: string) => violations.push(text));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation(
            `${event.violatedDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber})`,
          );
        });
      });
      await use(violations);
      // Let reports still in flight from the last page arrive before judging.
      if (!page.isClosed()) await page.waitForTimeout(100);
      expect(violations, 'Content Security Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
