import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_HELP } from '../../src/markdown/find-chromium.ts';

const executablePath = findChromium();
if (!executablePath) {
  console.error(NO_CHROMIUM_HELP);
  process.exit(1);
}

// E2E_PORT lets two checkouts run their browser tests side by side.
const PORT = Number(process.env['E2E_PORT'] ?? 4322);

/** Browser tests run against the built site (`npm run build` first), served by `astro preview`. */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.e2e.ts',
  outputDir: '../../test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Two cores run the site, Chromium and learner workers at once: give UI waits some room.
  expect: { timeout: 10_000 },
  reporter: process.env['CI'] ? [['list'], ['junit', { outputFile: '../../test-results/e2e-junit.xml' }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath,
      // Not UTC, as on most learners' machines (and as the CLI grades): local-time code must fail.
      env: { ...process.env, TZ: 'America/Sao_Paulo' },
      // The build's flags: no sandbox (root in CI), and nothing that reaches for a network.
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: `npm run preview -- --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env['CI'],
    cwd: '../..',
    timeout: 60_000,
  },
});
