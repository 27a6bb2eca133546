import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Response } from '@playwright/test';

/**
 * Every page the bench opens: a desktop viewport, and no service worker. The course's worker
 * precaches the whole site (about 14 MB) after a first load, which would compete with what is
 * timed and serve later "cold" loads from its cache; what offline costs is not measured here.
 */
export const BENCH_CONTEXT = { viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' } as const;

const projectRoot = join(import.meta.dirname, '../..');

/** gzip bytes of the JS and CSS a page loaded, as a compressing server would send them. */
export async function transferredBytes(
  page: Page,
  action: () => Promise<void>,
): Promise<{ js: number; css: number; urls: string[]; files: { url: string; type: 'js' | 'css'; bytes: number }[] }> {
  const seen = new Map<string, { type: 'js' | 'css'; bytes: number }>();
  const pending: Promise<void>[] = [];
  const onResponse = (response: Response) => {
    const url = response.url();
    const type = /\.css(\?|$)/.test(url) ? 'css' : /\.m?js(\?|$)/.test(url) ? 'js' : undefined;
    if (!type || seen.has(url)) return;
    pending.push(
      response.body().then(
        (body) => void seen.set(url, { type, bytes: gzipSync(body).length }),
        () => undefined,
      ),
    );
  };
  page.on('response', onResponse);
  await action();
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  page.off('response', onResponse);
  let js = 0;
  let css = 0;
  for (const { type, bytes } of seen.values()) type === 'js' ? (js += bytes) : (css += bytes);
  // Inline <script>/<style> in the HTML count too: they are part of what the page runs.
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src]):not([type="application/json"]), style')].map(
      (node) => [node.tagName, node.textContent ?? ''] as const,
    ),
  );
  for (const [tag, text] of inline) tag === 'STYLE' ? (css += gzipSync(text).length) : (js += gzipSync(text).length);
  return { js, css, urls: [...seen.keys()], files: [...seen].map(([url, file]) => ({ url, ...file })) };
}

/** ms from the widget entering the viewport to an editor that accepts typing. */
export async function editorReadyMs(browser: Browser, base: string, path: string, id: string): Promise<number> {
  const page = await browser.newPage(BENCH_CONTEXT);
  await page.goto(`${base}${path}`);
  await page.waitForLoadState('networkidle');
  const elapsed = await page.evaluate(async (exercise) => {
    const widget = document.querySelector<HTMLElement>(`exercise-widget[data-exercise="${exercise}"]`)!;
    let entered = 0;
    new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting) && entered === 0) entered = performance.now();
    }).observe(widget);
    widget.scrollIntoView();
    while (widget.dataset['ready'] !== 'true' || !widget.querySelector('.monaco-editor .view-lines'))
      await new Promise((resolve) => requestAnimationFrame(resolve));
    return performance.now() - entered;
  }, id);
  await page.close();
  return elapsed;
}

/** Puts `code` in the widget's editor as a paste would. */
export async function paste(page: Page, id: string, code: string): Promise<void> {
  await page.evaluate((text) => navigator.clipboard.writeText(text), code);
  const lines = page.locator(`exercise-widget[data-exercise="${id}"] .monaco-editor .view-lines`);
  await lines.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+V');
  // Monaco reads the clipboard asynchronously: wait for the pasted code's last line (a paste
  // leaves the end in view), or a Run pressed at once grades what was there before.
  const last = code
    .split('\n')
    .filter((line) => line.trim().length > 3)
    .at(-1)!
    .trim()
    .slice(0, 30);
  await page.waitForFunction(([element, text]) => (element as HTMLElement).innerText.replace(/\u00a0/g, ' ').includes(text as string), [
    await lines.elementHandle(),
    last,
  ] as const);
}

/** ms from pressing Run to the verdict being there. */
export function runToVerdictMs(page: Page, id: string): Promise<number> {
  return page.evaluate(async (exercise) => {
    const widget = document.querySelector(`exercise-widget[data-exercise="${exercise}"]`) as HTMLElement & { lastResult?: unknown };
    delete widget.lastResult;
    const started = performance.now();
    widget.querySelector<HTMLButtonElement>('[data-action="run"]')!.click();
    while (!widget.lastResult || widget.dataset['busy']) await new Promise((resolve) => requestAnimationFrame(resolve));
    return performance.now() - started;
  }, id);
}

/** JS heap in bytes after a forced garbage collection. */
export async function heapBytes(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  await session.detach();
  return usedSize;
}

export const solutionOf = (id: string) => readFileSync(join(projectRoot, 'content/exercises', id, 'solution.ts'), 'utf8');

/** Worker scripts: what a Run loads besides the page's own code. */
const WORKER_CODE = /learner-worker|ts\.worker|editor\.worker|tfjs/i;

/**
 * gzip bytes of the page's own JS that the first verdict with a plot adds: the plot view and
 * Observable Plot, loaded with that verdict and not before (workers are left out).
 */
export async function plottingBytes(page: Page, id: string, code: string): Promise<number> {
  const widget = page.locator(`exercise-widget[data-exercise="${id}"]`);
  await widget.scrollIntoViewIfNeeded();
  await page.waitForSelector(`exercise-widget[data-exercise="${id}"][data-ready="true"]`);
  await paste(page, id, code);
  const loaded = await transferredBytes(page, async () => {
    await runToVerdictMs(page, id);
    await widget.locator('.exercise-plot svg[role="img"]').first().waitFor();
  });
  const own = loaded.files.filter(({ url, type }) => type === 'js' && !WORKER_CODE.test(url));
  return own.reduce((sum, { bytes }) => sum + bytes, 0);
}
