import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Where `npm test` looks for a browser, in order. */
const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** One line that tells a person how to get a browser when none was found. */
export const NO_CHROMIUM_HELP =
  'No Chromium found: set CHROMIUM_PATH to a Chromium/Chrome binary, run `npx playwright install chromium`, or `apt-get install chromium` (Debian/Ubuntu).';

/**
 * Finds a Chromium for the browser tests: `CHROMIUM_PATH` first, then a browser that
 * `npx playwright install` downloaded, then Debian's package. Returns undefined if none.
 */
export function findChromium(): string | undefined {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  const playwrights = chromium.executablePath();
  if (playwrights && existsSync(playwrights)) return playwrights;
  return existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined;
}
