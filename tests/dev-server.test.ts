import { spawn } from 'node:child_process';
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from './cli-helpers.ts';
import { courseCopy } from './course-copy.ts';

const PORT = 4390;
const base = `http://127.0.0.1:${PORT}`;

/** Polls `probe` until it returns true or `ms` pass; returns whether it ever did. */
async function eventually(probe: () => Promise<boolean>, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await probe().catch(() => false)) return true;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return false;
}

const home = () => fetch(`${base}/`, { signal: AbortSignal.timeout(60_000) }).then((response) => response.text());

/** The environment of a terminal, not of Vitest (whose NODE_ENV=test and VITEST* change how Vite serves). */
function terminalEnvironment(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV' && name !== 'TEST'),
  );
  return { ...env, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' };
}

/**
 * What an instructor sees in `npm run dev`: a clean start (no [ERROR], no warning), and a
 * sidebar that follows the lessons on disk without a restart by hand.
 */
describe('the dev server', { timeout: 300_000 }, () => {
  it('starts cleanly and picks up a new lesson, a new title and a removed lesson', async () => {
    const course = courseCopy({ watched: true });
    // The copy has no .astro/ and no Vite cache of its own: a fresh machine's first start.
    const astro = join(projectRoot, 'node_modules/astro/bin/astro.mjs');
    const server = spawn(process.execPath, [astro, 'dev', '--port', String(PORT), '--host', '127.0.0.1'], {
      cwd: course.root,
      env: terminalEnvironment(),
    });
    let log = '';
    server.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
    server.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
    // A change to the sidebar restarts the server; a page requested while it restarts fails in
    // Vite's module runner ("transport was disconnected"), as it would in a reloading browser.
    // So each such step waits for the restart to finish before it looks at the page.
    const restarts = () => log.split('server restarted.').length;
    const afterRestart = async (before: number) => expect(await eventually(async () => restarts() > before, 30_000), log).toBe(true);
    try {
      expect(await eventually(async () => (await home()).includes('The eight stages'), 180_000), log).toBe(true);

      const lesson = join(course.root, 'content/lessons/shadow-deployments.mdx');
      let before = restarts();
      writeFileSync(lesson, '---\ntitle: Shadow deployments\ndescription: Run a new model beside the old one.\norder: 65\n---\n\nText.\n');
      await afterRestart(before);
      expect(await eventually(async () => (await home()).includes('Shadow deployments'), 30_000), log).toBe(true);

      before = restarts();
      writeFileSync(lesson, readFileSync(lesson, 'utf8').replace('title: Shadow deployments', 'title: Shadow traffic'));
      await afterRestart(before);
      expect(await eventually(async () => (await home()).includes('Shadow traffic'), 30_000), log).toBe(true);

      // Prose edits leave the sidebar alone, so they must not restart the server.
      const restartsAsked = () => log.split('restarting the dev server').length;
      const asked = restartsAsked();
      before = restarts();
      appendFileSync(lesson, '\nMore text.\n');
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(restartsAsked()).toBe(asked);

      rmSync(lesson);
      await afterRestart(before);
      expect(await eventually(async () => !(await home()).includes('Shadow traffic'), 30_000), log).toBe(true);

      expect(log).not.toMatch(/\[ERROR\]|\[WARN\]/);
    } finally {
      server.kill();
      course.remove();
    }
  });
});
