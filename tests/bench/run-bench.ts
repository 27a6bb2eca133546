/**
 * `npm run bench`: builds the site, serves it as a static host that reads `_headers` would
 * (static-host.ts), and measures what the performance budgets are about, in headless Chromium (Playwright, and Lighthouse 12.2.3) and in Node. Prints a table (median, min, max; each
 * figure against its budget) and writes bench/results.json (raw) and tests/bench/RESULTS.md (the table, dated). Not part of `npm test`:
 * timings on a shared machine are noisy, so nothing here asserts.
 *
 * `npm run bench -- --browser-only` measures only the browser rows (no Lighthouse) against the
 * dist/ already built, and writes no files: for trying a change out.
 */
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_HELP } from '../../src/markdown/find-chromium.ts';
import { installBarePyodide, measureColdStart, repeatVisitEditorReady } from './cold-start-measures.ts';
import { record, writeResults } from './bench-rows.ts';
import {
  BENCH_CONTEXT,
  editorReadyMs,
  heapBytes,
  paste,
  plottingBytes,
  runToVerdictMs,
  solutionOf,
  transferredBytes,
} from './browser-measures.ts';
import { diagramLessonBytes } from './diagram-measures.ts';
import { lighthouseScores } from './lighthouse-measures.ts';
import { buildMs, gradeThroughput, lastGradeCpuMsPerFile, verifyMs } from './node-measures.ts';
import { repeat, summarise } from './stats.ts';
import { serveBuiltSite } from './static-host.ts';

const projectRoot = join(import.meta.dirname, '../..');
const PORT = 4399;
const BROWSER_ONLY = process.argv.includes('--browser-only');
const BASE = `http://127.0.0.1:${PORT}`;
// Editor, TF.js and grader code: what must not load before an exercise is near.
const EXERCISE_CODE = /editor\.api|exercise-widget|learner-worker|ts\.worker|monaco/i;
const EXERCISES = [
  { id: 'train-test-split', path: '/training/', warmBudget: 60 },
  { id: 'fit-linear-model', path: '/training/', warmBudget: 500 },
  { id: 'mse', path: '/evaluation-and-validation/', warmBudget: 60 },
];

/** Serves dist/ as a host that reads its `_headers` would (see static-host.ts). */
const startSite = (revalidateAll = false) => serveBuiltSite(join(projectRoot, 'dist'), revalidateAll ? PORT + 1 : PORT, revalidateAll);

async function main(): Promise<void> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(NO_CHROMIUM_HELP);

  if (!BROWSER_ONLY) await measureNode();
  // Bare Pyodide goes into the built site for the measure only: the browser tests check every
  // page of dist/, and Pyodide's pages are not the course's.
  const removePyodide = installBarePyodide(join(projectRoot, 'dist'));
  try {
    await measureBrowser(executablePath);
  } finally {
    removePyodide();
  }
  if (!BROWSER_ONLY) await measureLighthouse(executablePath);
  writeResults(projectRoot, !BROWSER_ONLY);
}

async function measureNode(): Promise<void> {
  console.error('building (3 runs)…');
  record({
    figure: 'npm run build',
    value: await repeat(3, async () => buildMs()),
    unit: 'ms',
    budget: { limit: 60_000, better: 'lower' },
  });
  console.error('lifecycle-lab verify (3 runs)…');
  record({
    figure: 'verify, all exercises',
    value: await repeat(3, async () => verifyMs()),
    unit: 'ms',
    budget: { limit: 15_000, better: 'lower' },
  });
  console.error('grading 200 mse submissions with --jobs 2 (2 runs)…');
  record({
    figure: 'grade throughput, mse, 2 jobs',
    value: await repeat(2, async () => gradeThroughput('mse', 200)),
    unit: 'files/s',
    budget: { limit: 10, better: 'higher' },
  });
  // Files that import TF.js still get a fresh thread each, with TF.js loaded while another file grades (issue 16: 6.9 files/s before).
  console.error('grading 100 fit-linear-model submissions (they import TF.js) with --jobs 2 (2 runs)…');
  record({
    figure: 'grade throughput, fit-linear-model (imports TF.js), 2 jobs',
    value: await repeat(2, async () => gradeThroughput('fit-linear-model', 100)),
    unit: 'files/s',
    budget: { limit: 15, better: 'higher' },
  });
  // What the same run cost in CPU (all processes and threads): on a busy machine files/s falls, this does not much.
  record({ figure: 'grade CPU per file, fit-linear-model, 2 jobs (last run)', value: lastGradeCpuMsPerFile, unit: 'ms' });
}

async function measureBrowser(executablePath: string): Promise<void> {
  const stopSite = await startSite();
  const browser = await chromium.launch({
    executablePath,
    args: CHROMIUM_ARGS,
  });
  try {
    const bytesOf = async (path: string, after?: (page: import('@playwright/test').Page) => Promise<void>) => {
      const page = await browser.newPage(BENCH_CONTEXT);
      const loaded = await transferredBytes(page, async () => void (await page.goto(`${BASE}${path}`)));
      const later = after ? await transferredBytes(page, () => after(page)) : undefined;
      await page.close();
      return { loaded, later };
    };
    console.error('bytes…');
    const overview = await bytesOf('/');
    // The overview's diagram sits below the preload margin, so this is a lesson page before any diagram is near.
    record({
      figure: 'JS on a lesson with no exercise, before a diagram is near (overview, gzip)',
      value: overview.loaded.js / 1024,
      unit: 'KB',
      budget: { limit: 35, better: 'lower' },
    });
    record({ figure: 'CSS on the overview (gzip)', value: overview.loaded.css / 1024, unit: 'KB' });
    // Diagrams are SVG in the HTML: a lesson with its diagram in view should cost what any lesson does.
    const lesson = await diagramLessonBytes(browser, BASE, '/monitoring/');
    record({
      figure: 'JS on a lesson with its diagram in view, before an exercise (monitoring, gzip)',
      value: lesson.js / 1024,
      unit: 'KB',
      budget: { limit: 35, better: 'lower' },
    });
    record({
      figure: 'Mermaid bytes shipped to readers (gzip)',
      value: lesson.mermaid / 1024,
      unit: 'KB',
      budget: { limit: 0, better: 'lower' },
    });
    const exercise = await bytesOf('/evaluation-and-validation/', async (page) => {
      await page.locator('exercise-widget[data-exercise="mse"]').scrollIntoViewIfNeeded();
      await page.waitForSelector('exercise-widget[data-exercise="mse"][data-ready="true"]');
    });
    const heavyBefore = exercise.loaded.urls.filter((url) => EXERCISE_CODE.test(url));
    record({
      figure: 'Monaco/TF.js/grader files loaded before the widget is near',
      value: heavyBefore.length,
      unit: 'files',
      budget: { limit: 0, better: 'lower' },
    });
    record({ figure: 'JS on an exercise lesson before the widget is near (gzip)', value: exercise.loaded.js / 1024, unit: 'KB' });
    record({
      figure: 'JS added once the editor is ready (gzip)',
      value: (exercise.later?.js ?? 0) / 1024,
      unit: 'KB',
      budget: { limit: 1500, better: 'lower' },
    });
    record({ figure: 'CSS added once the editor is ready (gzip)', value: (exercise.later?.css ?? 0) / 1024, unit: 'KB' });
    // Observable Plot comes with the first verdict that has a plot, never with a page or an editor.
    const plottingEarly = [...exercise.loaded.urls, ...(exercise.later?.urls ?? [])].filter((url) => /plot-view|observablehq/i.test(url));
    record({
      figure: 'plotting files loaded before a verdict',
      value: plottingEarly.length,
      unit: 'files',
      budget: { limit: 0, better: 'lower' },
    });
    const plotContext = await browser.newContext(BENCH_CONTEXT);
    await plotContext.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BASE });
    const plotPage = await plotContext.newPage();
    await plotPage.goto(`${BASE}/evaluation-and-validation/`);
    record({
      figure: 'JS the first plotted verdict adds (plot view + Observable Plot, gzip)',
      value: (await plottingBytes(plotPage, 'mse', solutionOf('mse'))) / 1024,
      unit: 'KB',
    });
    await plotContext.close();

    const engaged = await bytesOf('/evaluation-and-validation/', async (page) => {
      await page.locator('exercise-widget[data-exercise="mse"]').scrollIntoViewIfNeeded();
      await page.waitForSelector('exercise-widget[data-exercise="mse"][data-ready="true"] .monaco-editor .view-lines');
      await page.waitForLoadState('networkidle');
      await Promise.all([
        page.waitForResponse(/ts\.worker/),
        page.locator('exercise-widget[data-exercise="mse"] .monaco-editor .view-lines').click(),
      ]);
    });
    // The TypeScript worker (IntelliSense, error markers) starts when the learner first points at or focuses the editor.
    record({
      figure: 'JS added once the learner reaches for the editor, over editor ready (TypeScript worker, gzip)',
      value: ((engaged.later?.js ?? 0) - (exercise.later?.js ?? 0)) / 1024,
      unit: 'KB',
    });

    await measureColdStart(browser, BASE, record);
    // The same repeat visit from a host that ignores `_headers` (every file revalidated, as
    // `astro preview` serves it): the difference is what the caching rule saves a returning learner.
    const stopRevalidating = await startSite(true);
    try {
      record({
        figure: 'repeat visit, every file revalidated (a host without _headers) → editor ready (mse)',
        value: summarise(await repeatVisitEditorReady(browser, `http://127.0.0.1:${PORT + 1}`, '/evaluation-and-validation/', 'mse', 5)),
        unit: 'ms',
      });
    } finally {
      await stopRevalidating();
    }

    console.error('editor ready (5 runs)…');
    record({
      figure: 'editor ready after entering the viewport',
      value: await repeat(5, () => editorReadyMs(browser, BASE, '/evaluation-and-validation/', 'mse')),
      unit: 'ms',
      budget: { limit: 1500, better: 'lower' },
    });

    for (const { id, path, warmBudget } of EXERCISES) {
      console.error(`Run → verdict, ${id}…`);
      const context = await browser.newContext(BENCH_CONTEXT);
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BASE });
      const page = await context.newPage();
      await page.goto(`${BASE}${path}`);
      await page.locator(`exercise-widget[data-exercise="${id}"]`).scrollIntoViewIfNeeded();
      await page.waitForSelector(`exercise-widget[data-exercise="${id}"][data-ready="true"]`);
      await paste(page, id, solutionOf(id));
      await page.waitForTimeout(3000);
      record({
        figure: `first Run → verdict, ${id} (visible 3 s)`,
        value: await runToVerdictMs(page, id),
        unit: 'ms',
        budget: { limit: 300, better: 'lower' },
      });
      // A learner reads a verdict before running again; the pause is when the next realm warms.
      const warmRun = async () => {
        await page.waitForTimeout(1500);
        return runToVerdictMs(page, id);
      };
      record({
        figure: `warm Run → verdict, ${id} (1.5 s apart)`,
        value: await repeat(10, warmRun),
        unit: 'ms',
        budget: { limit: warmBudget, better: 'lower' },
      });
      if (id === 'mse') {
        for (let i = 0; i < 4; i += 1) await warmRun();
        const after5 = await heapBytes(page);
        for (let i = 0; i < 45; i += 1) await runToVerdictMs(page, id);
        await page.waitForTimeout(1500);
        const after50 = await heapBytes(page);
        record({ figure: 'page heap after 5 runs', value: after5 / 2 ** 20, unit: 'MB' });
        record({
          figure: 'page heap after 50 runs, growth over 5 runs',
          value: ((after50 - after5) / after5) * 100,
          unit: '%',
          budget: { limit: 20, better: 'lower' },
        });
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await stopSite();
  }
}

async function measureLighthouse(executablePath: string): Promise<void> {
  const stopSite = await startSite();
  try {
    for (const [label, path] of [
      ['overview', '/'],
      ['exercise lesson', '/evaluation-and-validation/'],
    ] as const) {
      console.error(`Lighthouse, ${label} (3 runs)…`);
      const runs = [];
      for (let i = 0; i < 3; i += 1) runs.push(await lighthouseScores(`${BASE}${path}`, executablePath));
      for (const shortfall of new Set(runs.flatMap((run) => run.shortfalls))) console.error(`  below 100: ${shortfall}`);
      record({
        figure: `Lighthouse performance, ${label}`,
        value: summarise(runs.map((run) => run.performance)),
        unit: '',
        budget: { limit: 95, better: 'higher' },
      });
      record({
        figure: `Lighthouse accessibility, ${label}`,
        value: summarise(runs.map((run) => run.accessibility)),
        unit: '',
        budget: { limit: 100, better: 'higher' },
      });
    }
  } finally {
    await stopSite();
  }
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
