import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
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
    rules.at(-1)?.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/**
 * Serves the built site the way a static host that reads `_headers` does: every matching
 * rule's headers (hashed /_astro/ files immutable, pages and sw.js revalidated, the
 * security policy), and `no-cache` where no rule says otherwise. Text goes out gzipped, as
 * from any host; compressed once and kept, as a CDN does, so that compressing costs the
 * measured machine nothing after the first request. With `revalidateAll`, every response
 * says `no-cache`, as `astro preview` does: what a host without the rules gives.
 */
export async function serveBuiltSite(directory: string, port: number, revalidateAll = false): Promise<() => Promise<void>> {
  const rules = revalidateAll ? [] : parseHeaders(await readFile(join(directory, '_headers'), 'utf8').catch(() => ''));
  const gzipped = new Map<string, Buffer>();
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname));
    const file = join(directory, path.endsWith('/') ? `${path}index.html` : path);
    readFile(file).then(
      (body) => {
        // Lower-case names, so a rule's header replaces the default whatever its spelling.
        const headers: Record<string, string> = {
          'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-cache',
          vary: 'Accept-Encoding',
        };
        for (const rule of rules)
          if (rule.pattern.test(path)) for (const [name, value] of rule.headers) headers[name.toLowerCase()] = value;
        const gzip = COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
        if (gzip) headers['content-encoding'] = 'gzip';
        response.writeHead(200, headers);
        response.end(gzip ? (gzipped.get(file) ?? gzipped.set(file, gzipSync(body)).get(file)!) : body);
      },
      () => {
        response.writeHead(404, { 'Content-Type': 'text/plain' });
        response.end('not found');
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return () => new Promise((resolve) => server.close(() => resolve()));
}
