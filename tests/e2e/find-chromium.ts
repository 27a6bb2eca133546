/**
 * The browser tests and the bench look for Chromium exactly as the build does when it draws
 * the diagrams (CHROMIUM_PATH, then Playwright's download, then Debian's package): one lookup.
 */
export { findChromium, NO_CHROMIUM_HELP } from '../../src/markdown/find-chromium.ts';
