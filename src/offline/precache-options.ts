import type { GenerateSWOptions, GetManifestOptions } from 'workbox-build';

/**
 * Monaco's language workers for CSS, HTML and JSON: Vite emits them because Monaco's
 * language modes name them, but every editor on the site is TypeScript, so none is ever
 * started (about 2.2 MB that the precache would otherwise carry).
 */
const UNUSED_MONACO_WORKERS = ['_astro/css.worker-*.js', '_astro/html.worker-*.js', '_astro/json.worker-*.js'];

/** The largest built file is Monaco's TypeScript worker (~7 MB); Workbox skips larger files by default (2 MB). */
const LARGEST_FILE = 16 * 1024 * 1024;

/**
 * Which built files the precache holds, and with what revision: every page, script,
 * stylesheet, worker, font and Pagefind file, so the whole course (lessons, editor, learner
 * worker, TF.js, search) works offline after one visit. URLs are relative to sw.js, which
 * sits at the site's base, so a `base` in the Astro config needs nothing here.
 */
export function manifestOptions(directory: string): GetManifestOptions {
  return {
    globDirectory: directory,
    globPatterns: ['**/*'],
    globIgnores: ['**/*.map', '_headers', '_redirects', 'sw.js', 'screenshots/**', ...UNUSED_MONACO_WORKERS],
    maximumFileSizeToCacheInBytes: LARGEST_FILE,
    // Vite's hashed file names are their revision; no need for Workbox's ?__WB_REVISION__.
    dontCacheBustURLsMatching: /^_astro\//,
  };
}

/**
 * What Workbox's generateSW gets for the built site in `directory`.
 *
 * Updates never mix versions: each entry has a revision (the file's hash, or the hash in
 * its /_astro/ name), a new service worker precaches the new set beside the old one while
 * the old worker keeps serving the old set, and it only takes over when the learner accepts
 * the update notice (skipWaiting on request) or when no tab of the old version is left
 * open. So no page ever gets a new file from one worker and an old one from another.
 */
export function precacheOptions(directory: string): GenerateSWOptions {
  return {
    ...manifestOptions(directory),
    swDest: `${directory}/sw.js`,
    // Pagefind asks for pagefind-entry.json?ts=<now> to dodge HTTP caches; offline it is the same file.
    ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^ts$/],
    directoryIndex: 'index.html',
    // The learner decides when a new version takes over (see register-service-worker.ts).
    skipWaiting: false,
    clientsClaim: false,
    cleanupOutdatedCaches: true,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
  };
}
