import { readdir, readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONTENT_TYPES } from '../content-types.ts';

/** Sent gzipped to a browser that accepts it, as any host does (fonts and images are compressed already). */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.wasm', '.svg']);

/** One `_headers` rule: a path pattern (`*` matches anything) and the headers it adds. */
interface HeaderRule {
  pattern: RegExp;
  headers: [string, string][];
}

/** Reads Netlify / Cloudflare Pages `_headers`: a path line, then indented `Name: value` lines. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replaceAll('*', '.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    rules.at(-1)?.headers.push([line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** A file as the host sends it: its body, gzipped when that helps, and a validator. */
interface HostedFile {
  body: Buffer;
  gzipped: Buffer | undefined;
  etag: string;
}

/** Every file under `directory`, read and compressed up front, so no request pays for it. */
async function hostedFiles(directory: string): Promise<Map<string, HostedFile>> {
  const files = new Map<string, HostedFile>();
  for (const entry of await readdir(directory, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const [body, info] = await Promise.all([readFile(path), stat(path)]);
    const gzipped = COMPRESSIBLE.has(extname(path)) ? gzipSync(body) : undefined;
    files.set(`/${relative(directory, path)}`, { body, gzipped, etag: `W/"${info.size}-${Math.round(info.mtimeMs)}"` });
  }
  return files;
}

/**
 * Serves the built site the way a static host that reads `_headers` does: every matching
 * rule's headers (hashed /_astro/ files immutable, pages and sw.js revalidated, the
 * security policy; a header two rules set gets both values, comma-joined, as Cloudflare
 * Pages does), `no-cache` where no rule says otherwise, an ETag and 304 for a revalidation,
 * and text gzipped. Files are read and compressed when the host starts, as a CDN holds
 * them, so that serving costs the measured machine little. With `revalidateAll`, no rule
 * applies and every response says `no-cache`, as from `astro preview` or a host without
 * the rules.
 */
export async function serveBuiltSite(directory: string, port: number, revalidateAll = false): Promise<() => Promise<void>> {
  const rules = revalidateAll ? [] : parseHeaders(await readFile(join(directory, '_headers'), 'utf8').catch(() => ''));
  const files = await hostedFiles(directory);
  const server = createServer((request, response) => {
    let path: string;
    try {
      path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname));
    } catch {
      response.writeHead(400).end();
      return;
    }
    const file = files.get(path.endsWith('/') ? `${path}index.html` : path);
    if (!file) {
      if (files.has(`${path}/index.html`)) response.writeHead(301, { location: `${path}/` }).end();
      else response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const headers: Record<string, string> = {};
    for (const rule of rules) {
      if (!rule.pattern.test(path)) continue;
      for (const [name, value] of rule.headers) headers[name] = headers[name] ? `${headers[name]}, ${value}` : value;
    }
    headers['cache-control'] ??= 'no-cache';
    headers['content-type'] = CONTENT_TYPES[extname(path.endsWith('/') ? 'index.html' : path)] ?? 'application/octet-stream';
    headers['etag'] = file.etag;
    headers['vary'] = 'Accept-Encoding';
    if (request.headers['if-none-match'] === file.etag) {
      response.writeHead(304, headers).end();
      return;
    }
    const gzip = file.gzipped !== undefined && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    const body = gzip ? file.gzipped! : file.body;
    if (gzip) headers['content-encoding'] = 'gzip';
    headers['content-length'] = String(body.length);
    response.writeHead(200, headers).end(body);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return () => new Promise((resolve) => server.close(() => resolve()));
}
