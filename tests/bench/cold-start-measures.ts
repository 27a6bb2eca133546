import { BENCH_CONTEXT } from './browser-measures.ts';
import type { Row } from './bench-rows.ts';
import { summarise } from './stats.ts';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Browser, Page } from '@playwright/test';

const projectRoot = join(import.meta.dirname, '../..');
/** Where the bench puts bare Pyodide in the built site, so the same server serves both. */
export const PYODIDE_PATH = '/bench-pyodide/';

/** Waits, inside the page, until the widget of `exercise` has a Monaco editor; returns performance.now() then. */
const waitForEditor = (page: Page, id: string) =>
  page.evaluate(async (exercise) => {
    const selector = `exercise-widget[data-exercise="${exercise}"]`;
    for (;;) {
      const widget = document.querySelector<HTMLElement>(selector);
      if (widget?.dataset['ready'] === 'true' && widget.querySelector('.monaco-editor .view-lines')) return performance.now();
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }, id);

/**
 * Arriving at an exercise straight from a link (`#exercise-<id>`), HTTP cache empty: ms from
 * navigation start to the first verdict, Run being pressed the moment the widget can run
 * (`data-runnable`: the plain editor is there, before Monaco; the starter's verdict, what
 * counts is when it arrives), and to Monaco's editor ready.
 */
export async function coldFirstVerdict(
  browser: Browser,
  base: string,
  path: string,
  id: string,
): Promise<{ runnable: number; verdict: number; ready: number }> {
  const context = await browser.newContext(BENCH_CONTEXT);
  const page = await context.newPage();
  await page.goto(`${base}${path}#exercise-${id}`, { waitUntil: 'commit' });
  const { runnable, verdict } = await page.evaluate(async (exercise) => {
    const selector = `exercise-widget[data-exercise="${exercise}"]`;
    const pause = () => new Promise((resolve) => setTimeout(resolve, 5));
    while (document.querySelector<HTMLElement>(selector)?.dataset['runnable'] !== 'true') await pause();
    const canRun = performance.now();
    const widget = document.querySelector(selector) as HTMLElement & { lastResult?: unknown };
    widget.querySelector<HTMLButtonElement>('[data-action="run"]')!.click();
    while (!widget.lastResult || widget.dataset['busy']) await pause();
    return { runnable: canRun, verdict: performance.now() };
  }, id);
  const ready = await waitForEditor(page, id);
  await context.close();
  return { runnable, verdict, ready };
}

/**
 * A repeat visit: the exercise was opened once in this browser (HTTP cache warm), then is
 * opened again from a link: ms from navigation start to the editor ready, for each of `times` visits.
 */
export async function repeatVisitEditorReady(browser: Browser, base: string, path: string, id: string, times: number): Promise<number[]> {
  const context = await browser.newContext(BENCH_CONTEXT);
  const page = await context.newPage();
  const url = `${base}${path}#exercise-${id}`;
  await page.goto(url);
  await waitForEditor(page, id);
  await page.waitForLoadState('networkidle');
  const values: number[] = [];
  for (let i = 0; i < times; i += 1) {
    await page.goto('about:blank');
    await page.goto(url, { waitUntil: 'commit' });
    values.push(await waitForEditor(page, id));
    await page.waitForLoadState('networkidle');
  }
  await context.close();
  return values;
}

/**
 * Copies the `pyodide` package into the built site with a page that boots it bare and
 * runs one mean-squared-error function: the engine behind the Python alternatives, with
 * no editor and no grader, served by the same server as the site. Returns what removes it.
 */
export function installBarePyodide(distDirectory: string): () => void {
  const require = createRequire(join(projectRoot, 'package.json'));
  const target = join(distDirectory, PYODIDE_PATH);
  mkdirSync(target, { recursive: true });
  cpSync(dirname(require.resolve('pyodide/package.json')), target, { recursive: true });
  writeFileSync(
    join(target, 'index.html'),
    `<!doctype html><meta charset="utf-8"><title>bare Pyodide</title><script src="pyodide.js"></script>
<script>
  loadPyodide({ indexURL: ${JSON.stringify(PYODIDE_PATH)} }).then((pyodide) => {
    pyodide.runPython('def mse(y_true, y_pred):\\n    return sum((t - p) ** 2 for t, p in zip(y_true, y_pred)) / len(y_true)\\n');
    window.benchResult = pyodide.runPython('mse([1.0, 2.0, 3.0], [1.5, 2.0, 2.0])');
    window.benchDone = performance.now();
  });
</script>
`,
  );
  return () => rmSync(target, { recursive: true, force: true });
}

/** Cold (empty HTTP cache) navigation to bare Pyodide → one MSE call answered, in ms from navigation start. */
export async function barePyodideMs(browser: Browser, base: string): Promise<number> {
  const context = await browser.newContext(BENCH_CONTEXT);
  const page = await context.newPage();
  await page.goto(`${base}${PYODIDE_PATH}`, { waitUntil: 'commit' });
  const done = await page.waitForFunction(() => (window as { benchDone?: number }).benchDone, undefined, { timeout: 120_000, polling: 5 });
  const elapsed = (await done.jsonValue()) as number;
  await context.close();
  return elapsed;
}

/**
 * The cold-start rows: navigation → plain editor can Run, → first verdict and → Monaco ready,
 * beside bare Pyodide booting and answering one call (5 runs each, interleaved), their ratio,
 * and a repeat visit's navigation → editor ready.
 */
export async function measureColdStart(browser: Browser, base: string, record: (row: Row) => void): Promise<void> {
  console.error('cold navigation to an exercise → first verdict, and bare Pyodide boot + one call (5 runs each)…');
  const cold: { runnable: number; verdict: number; ready: number }[] = [];
  const pyodide: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    cold.push(await coldFirstVerdict(browser, base, '/evaluation-and-validation/', 'mse'));
    pyodide.push(await barePyodideMs(browser, base));
  }
  const verdict = summarise(cold.map((run) => run.verdict));
  const pyodideFigure = summarise(pyodide);
  record({
    figure: 'cold navigation to an exercise → plain editor can Run (mse)',
    value: summarise(cold.map((run) => run.runnable)),
    unit: 'ms',
  });
  record({
    figure: 'cold navigation to an exercise → Monaco editor ready (mse)',
    value: summarise(cold.map((run) => run.ready)),
    unit: 'ms',
  });
  record({ figure: 'cold navigation to an exercise → first verdict (mse)', value: verdict, unit: 'ms' });
  record({ figure: 'cold navigation → bare Pyodide booted and one MSE call answered', value: pyodideFigure, unit: 'ms' });
  record({
    figure: 'cold first verdict ÷ bare Pyodide boot + one call (medians, same Chromium, same run)',
    value: verdict.median / pyodideFigure.median,
    unit: '',
    budget: { limit: 0.35, better: 'lower' },
  });
  console.error('repeat visit → editor ready (5 runs)…');
  record({
    figure: 'repeat visit (HTTP cache warm) navigation → editor ready (mse)',
    value: summarise(await repeatVisitEditorReady(browser, base, '/evaluation-and-validation/', 'mse', 5)),
    unit: 'ms',
    budget: { limit: 800, better: 'lower' },
  });
}
