import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * A Content Security Policy for the built site, added after the build because only then
 * are the inline scripts (Starlight's theme and sidebar helpers) final: each page gets a
 * `<meta http-equiv>` policy allowing exactly its own inline scripts by hash, and
 * `_headers` repeats each page's policy (plus frame-ancestors, which only a header can
 * carry) for hosts that read that file. Workers do not inherit a page's policy: their
 * scripts (in /_astro/) get one of their own in `_headers`, which allows running their
 * own code and compiling the learner's (`new Function`, in its own realm) and nothing
 * else: no connections, fonts, images or nested workers.
 */
const WORKER_POLICY = "default-src 'none'; script-src 'self' 'unsafe-eval'; frame-ancestors 'none'";
const DIRECTIVES = [
  "default-src 'self'",
  // Monaco inserts <style> elements at run time. (Diagrams need nothing here: each is an SVG
  // image whose own <style> lives inside the image, out of the page policy's reach.)
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
];

// Classic or module scripts without src; JSON data blocks are not executed and need no hash.
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)(?![^>]*type="application\/json")[^>]*>([\s\S]*?)<\/script>/g;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The policy for one page, given its HTML. */
function policyFor(html: string): string {
  const hashes = [...new Set([...html.matchAll(INLINE_SCRIPT)].map((match) => sha256(match[1] ?? '')))];
  // 'wasm-unsafe-eval': Pagefind's search runs as WebAssembly.
  return [...DIRECTIVES, `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim()].join('; ');
}

function htmlFiles(directory: string): string[] {
  return readdirSync(directory, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
}

/** Adds the policy to every built page and writes `_headers`. */
export function contentSecurityPolicy(): AstroIntegration {
  return {
    name: 'lifecycle-lab:content-security-policy',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        const headers: string[] = [];
        for (const file of htmlFiles(root)) {
          const path = join(root, file);
          const html = readFileSync(path, 'utf8');
          const policy = policyFor(html);
          // Right after the charset (which must stay in the first 1024 bytes), before any script.
          const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
          const withPolicy = /<meta charset[^>]*>/i.test(html)
            ? html.replace(/(<meta charset[^>]*>)/i, `$1${meta}`)
            : html.replace('<head>', `<head>${meta}`);
          writeFileSync(path, withPolicy);
          const url = `/${relative(root, path).split('\\').join('/')}`.replace(/index\.html$/, '');
          headers.push(
            `${url}\n  Content-Security-Policy: ${policy}; frame-ancestors 'none'\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: same-origin`,
          );
        }
        headers.push(`/_astro/*\n  Content-Security-Policy: ${WORKER_POLICY}\n  X-Content-Type-Options: nosniff`);
        writeFileSync(join(root, '_headers'), `${headers.join('\n')}\n`);
      },
    },
  };
}
