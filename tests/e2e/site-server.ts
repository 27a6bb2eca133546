import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { CONTENT_TYPES } from '../content-types.ts';

/** A static server for the built site whose files a test can replace, as a new deploy would. */
export interface SiteServer {
  url: string;
  /** Serves `body` for `path` (e.g. '/sw.js') from now on. */
  replace(path: string, body: string): void;
  close(): Promise<void>;
}

/**
 * Serves `directory` on 127.0.0.1 (a secure context, so service workers run) at a free
 * port. For tests that must change a file between two visits, which `astro preview`
 * serving the one shared dist/ cannot do without disturbing the other tests, and which
 * Playwright's routing cannot do for the browser's own service-worker update checks.
 */
export async function serveSite(directory: string): Promise<SiteServer> {
  const replaced = new Map<string, string>();
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = join(directory, path.endsWith('/') ? `${path}index.html` : path);
    const send = (status: number, body: Buffer | string, type: string) => {
      response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-cache' });
      response.end(body);
    };
    const override = replaced.get(path);
    if (override !== undefined) return send(200, override, CONTENT_TYPES[extname(path)] ?? 'application/octet-stream');
    readFile(file).then(
      (body) => send(200, body, CONTENT_TYPES[extname(file)] ?? 'application/octet-stream'),
      () => send(404, 'not found', 'text/plain'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    replace: (path, body) => void replaced.set(path, body),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
