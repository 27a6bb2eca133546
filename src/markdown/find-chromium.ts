import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** Debian's package, the browser this project's machines use. */
const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** One line that tells a person how to get a browser when none was found. */
export const NO_CHROMIUM_HELP =
  'No Chromium found: set CHROMIUM_PATH to a Chromium/Chrome binary, run `npx playwright install chromium`, or `apt-get install chromium` (Debian/Ubuntu).';

/** Flags for a headless Chromium that must not reach the network or need a GPU or a sandbox (containers). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Finds a Chromium for the build (diagrams) and the browser tests: `CHROMIUM_PATH` first,
 * then a browser that `npx playwright install` downloaded, then Debian's package.
 * Returns undefined if none.
 */
export function findChromium(): string | undefined {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  const playwrights = chromium.executablePath();
  if (playwrights && existsSync(playwrights)) return playwrights;
  return existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined;
}
