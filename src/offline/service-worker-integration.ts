import { appendFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';
import { precacheOptions } from './precache-options.ts';

/**
 * Served as /sw.js by `astro dev`. A service worker left at this origin by an earlier
 * `astro preview` (same port) would otherwise keep serving that build's pages in dev: the
 * browser's next update check fetches this one, which takes over at once, clears the
 * caches, unregisters itself and reloads the pages it controlled.
 */
const SELF_REMOVING_WORKER = `self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    await self.registration.unregister();
    await Promise.all((await caches.keys()).map((name) => caches.delete(name)));
    for (const client of await self.clients.matchAll({ type: 'window' })) client.navigate(client.url);
  })());
});
`;

/** The worker's own policy, for hosts that read `_headers`: it runs Workbox and fetches from the site, nothing else. */
const WORKER_HEADERS = `/sw.js
  Content-Security-Policy: default-src 'none'; script-src 'self'; connect-src 'self'
  Cache-Control: no-cache
  X-Content-Type-Options: nosniff
`;

const megabytes = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

/**
 * Makes the built course work offline: after the build (and after every integration that
 * rewrites pages, such as the content security policy, so revisions are of the files
 * actually served) Workbox writes sw.js with a precache manifest of the whole site, and the
 * build prints how many files and bytes that is. Every page gets the tiny registration
 * script; `astro dev` gets no offline caching at all.
 */
export function serviceWorker(): AstroIntegration {
  let base = '/';
  return {
    name: 'lifecycle-lab:service-worker',
    hooks: {
      'astro:config:setup': ({ config, injectScript }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        injectScript('page', `import ${JSON.stringify(fileURLToPath(new URL('./register-service-worker.ts', import.meta.url)))};`);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          if (request.url?.split('?')[0] !== `${base}sw.js`) return next();
          response.setHeader('Content-Type', 'text/javascript');
          response.setHeader('Cache-Control', 'no-cache');
          response.end(SELF_REMOVING_WORKER);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir).replace(/\/$/, '');
        const { count, size, warnings } = await generateSW(precacheOptions(root));
        // A file Workbox left out is a file missing offline: fail the build instead.
        if (warnings.length > 0) throw new Error(`service worker: ${warnings.join('; ')}`);
        if (existsSync(join(root, '_headers'))) appendFileSync(join(root, '_headers'), WORKER_HEADERS);
        logger.info(`sw.js precaches ${count} files, ${megabytes(size)} (source maps and unused Monaco workers left out)`);
      },
    },
  };
}
