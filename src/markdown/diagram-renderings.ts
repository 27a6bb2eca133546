import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { MermaidRenderer, MermaidRendering, MermaidTheme } from './mermaid-browser.ts';
import { createMermaidRenderer, MERMAID_CONFIG } from './mermaid-browser.ts';

/** Draws one diagram in one theme; `id` names the SVG's elements. */
export type RenderDiagram = (source: string, theme: MermaidTheme, id: string) => Promise<MermaidRendering>;

const require = createRequire(import.meta.url);
const MERMAID_PACKAGE = require.resolve('mermaid/package.json');
const MERMAID_VERSION: string = (require(MERMAID_PACKAGE) as { version: string }).version;

/**
 * Where drawn diagrams are kept between builds and dev-server starts: in the .cache folder
 * of the node_modules that holds the Mermaid that drew them, so a fresh install starts
 * clean, nothing lands in git, and a copy of the course built by the tests shares it.
 */
export const DIAGRAM_CACHE_DIRECTORY = join(dirname(MERMAID_PACKAGE), '..', '.cache', 'lifecycle-lab-diagrams');

/** The cache key: everything the drawing depends on (source, theme, Mermaid's version and config). */
export function renderingKey(source: string, theme: MermaidTheme, id: string): string {
  return createHash('sha256')
    .update(JSON.stringify([MERMAID_VERSION, MERMAID_CONFIG, theme, id, source]))
    .digest('hex');
}

/**
 * Wraps `render` with an on-disk cache. Only drawings are kept, never errors, so a fixed
 * diagram is drawn again and a broken one keeps failing. Writes go through a rename so that
 * two builds sharing the cache never read half a file.
 */
export function cachedRenderer(render: RenderDiagram, directory: string = DIAGRAM_CACHE_DIRECTORY): RenderDiagram {
  return async (source, theme, id) => {
    const file = join(directory, `${renderingKey(source, theme, id)}.json`);
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as MermaidRendering;
    } catch {
      // Not drawn yet (or unreadable): draw it.
    }
    const rendering = await render(source, theme, id);
    if (rendering.ok) {
      mkdirSync(directory, { recursive: true });
      const partial = `${file}.${process.pid}.tmp`;
      writeFileSync(partial, JSON.stringify(rendering));
      renameSync(partial, file);
    }
    return rendering;
  };
}

// Closed when idle so that a process that only drew a few diagrams (dev server, a test) does
// not keep a browser around; the build closes it as soon as it is done (see diagram-browser-integration.ts).
const IDLE_CLOSE_MS = 30_000;
let shared: MermaidRenderer | undefined;
let idle: ReturnType<typeof setTimeout> | undefined;

/** The browser renderer shared by every lesson of one build or dev server: one Chromium, not one per diagram. */
export const renderWithSharedBrowser: RenderDiagram = async (source, theme, id) => {
  clearTimeout(idle);
  shared ??= createMermaidRenderer();
  try {
    return await shared.render(source, theme, id);
  } finally {
    idle = setTimeout(() => void closeSharedBrowser(), IDLE_CLOSE_MS);
    idle.unref();
  }
};

/** Closes the shared browser, if one was started. */
export async function closeSharedBrowser(): Promise<void> {
  clearTimeout(idle);
  const open = shared;
  shared = undefined;
  await open?.close();
}
