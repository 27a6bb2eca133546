/**
 * Runs on every page (injected by service-worker-integration.ts), so it stays a few hundred
 * bytes: it registers the offline service worker once the page has loaded, and when a new
 * version of the course has been precached it loads the notice that offers to switch.
 *
 * The new worker waits (Workbox's skipWaiting is off) until the learner presses Reload in
 * the notice, which asks it to take over; the page then reloads under it, so a page never
 * runs old code with new files. A learner who ignores the notice gets the new version once
 * every tab of the old one is closed, as the browser does by itself.
 */
import type { UpdateKind } from './update-notice.ts';

const container = navigator.serviceWorker;
let accepted = false;

function announce(kind: UpdateKind, worker?: ServiceWorker): void {
  void import('./update-notice.ts').then(({ showUpdateNotice }) =>
    showUpdateNotice(kind, () => {
      accepted = true;
      // Workbox's generated worker answers this message with skipWaiting().
      if (worker) worker.postMessage({ type: 'SKIP_WAITING' });
      else location.reload();
    }),
  );
}

async function register(): Promise<void> {
  const registration = await container.register(`${import.meta.env.BASE_URL.replace(/\/$/, '')}/sw.js`);
  // With no controller this is the first install: nothing to update from.
  if (registration.waiting && container.controller) announce('ready', registration.waiting);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && container.controller) announce('ready', worker);
    });
  });
  // Accepted here: reload under the new version. Accepted in another tab: this page's lazy
  // files may be gone from the new precache, so offer a reload instead of carrying on mixed.
  container.addEventListener('controllerchange', () => (accepted ? location.reload() : announce('active')));
}

const start = () => void register().catch(() => undefined);

if (!container) {
  // No service workers here (or not a secure context): the course simply needs the network.
} else if (!import.meta.env.PROD) {
  // In dev no worker: drop one that an earlier `astro preview` on this port left behind.
  void container.getRegistrations().then((all) => all.forEach((registration) => void registration.unregister()));
} else if (document.readyState === 'complete') {
  start();
} else {
  // After the page's own loading, so the precache download does not compete with it.
  addEventListener('load', start, { once: true });
}
