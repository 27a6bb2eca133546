import { expect, test } from './csp-guard.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { coursePages } from './course-pages.ts';
import { projectRoot } from './exercise-page.ts';

/** How many Mermaid diagrams a lesson's source has: the page must show exactly that many. */
const diagramCount = (file: string) => (readFileSync(join(projectRoot, file), 'utf8').match(/^```mermaid\b/gm) ?? []).length;

for (const page of coursePages.filter((candidate) => diagramCount(candidate.file) > 0)) {
  test(`every diagram in ${page.file} renders an SVG inside its reserved space`, async ({ page: tab }) => {
    await tab.goto(page.path);
    const diagrams = await tab.locator('lifecycle-diagram').all();
    expect(diagrams, `${page.file}: diagrams on the page`).toHaveLength(diagramCount(page.file));
    for (const diagram of diagrams) {
      const line = await diagram.getAttribute('data-source-line');
      const where = `${page.file}:${line}`;
      await diagram.scrollIntoViewIfNeeded();
      await expect(diagram, `${where}: diagram did not finish`).toHaveAttribute('data-state', /rendered|error/);
      const error = (await diagram.locator('.lifecycle-diagram__error').allTextContents()).join(' ');
      expect(await diagram.getAttribute('data-state'), `${where}: Mermaid could not draw it: ${error}`).toBe('rendered');
      await expect(diagram.locator('svg title'), `${where}: no accessible title`).not.toBeEmpty();
      await expect(diagram.locator('svg desc'), `${where}: no accessible description`).not.toBeEmpty();

      // The canvas keeps exactly the height reserved at build time, so nothing below it moved.
      const reserved = Number((await diagram.getAttribute('style'))?.match(/--diagram-height:\s*(\d+)px/)?.[1]);
      const drawn = await diagram.locator('.lifecycle-diagram__canvas').evaluate((canvas) => canvas.getBoundingClientRect().height);
      expect(reserved, `${where}: no reserved height`).toBeGreaterThan(0);
      expect(drawn, `${where}: the drawn diagram changed the page height`).toBeCloseTo(reserved, 0);
    }
  });
}

test('a page without diagrams downloads no Mermaid code, a page with one does', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  const diagramCode = (paths: string[]) => paths.filter((path) => /render-diagram|mermaid/i.test(path));

  await page.goto('/');
  await page.locator('lifecycle-diagram').first().scrollIntoViewIfNeeded();
  await expect(page.locator('lifecycle-diagram').first()).toHaveAttribute('data-state', 'rendered');
  expect(diagramCode(scripts).length, 'the overview should load the renderer').toBeGreaterThan(0);

  scripts.length = 0;
  await page.goto('/404.html');
  await page.mouse.wheel(0, 5000);
  await page.waitForLoadState('networkidle');
  expect(diagramCode(scripts)).toEqual([]);
});

test('a diagram with a syntax error shows the error in place instead of a blank box', async ({ page }) => {
  await page.goto('/training/');
  await page.evaluate(() => {
    const element = document.createElement('lifecycle-diagram');
    element.dataset['sourceLine'] = '42';
    element.innerHTML = '<div class="lifecycle-diagram__canvas"></div><pre class="lifecycle-diagram__source" hidden></pre>';
    element.querySelector('pre')!.textContent = 'flowchart TD\n  A --> \n  B --x[[';
    document.querySelector('.sl-markdown-content')!.prepend(element);
  });
  const broken = page.locator('lifecycle-diagram').first();
  await expect(broken).toHaveAttribute('data-state', 'error');
  await expect(broken.getByRole('alert')).toContainText('could not be drawn (source line 42)');
  await expect(broken.locator('svg')).toHaveCount(0);
});
