import { BENCH_CONTEXT } from './browser-measures.ts';
import { gzipSync } from 'node:zlib';
import type { Browser, Response } from '@playwright/test';
import { transferredBytes } from './browser-measures.ts';

/**
 * What a lesson with a diagram costs a reader, in gzip bytes: the JS the page runs once its
 * first diagram is scrolled into view (before any exercise widget is near), and the bytes of
 * every script, over the whole page scrolled to the end, that contains Mermaid's code.
 */
export async function diagramLessonBytes(browser: Browser, base: string, path: string): Promise<{ js: number; mermaid: number }> {
  const page = await browser.newPage(BENCH_CONTEXT);
  const mermaid = new Map<string, number>();
  const pending: Promise<void>[] = [];
  page.on('response', (response: Response) => {
    if (response.request().resourceType() !== 'script') return;
    pending.push(
      response.body().then(
        (body) => void (/mermaid/i.test(body.toString('utf8')) && mermaid.set(response.url(), gzipSync(body).length)),
        () => undefined,
      ),
    );
  });
  const loaded = await transferredBytes(page, async () => {
    await page.goto(`${base}${path}`);
    await page.locator('figure.lifecycle-diagram').first().scrollIntoViewIfNeeded();
  });
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  await page.close();
  return { js: loaded.js, mermaid: [...mermaid.values()].reduce((sum, bytes) => sum + bytes, 0) };
}
