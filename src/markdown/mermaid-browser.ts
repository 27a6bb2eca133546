import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_HELP } from './find-chromium.ts';

/** Mermaid's built-in themes that the course's two Starlight themes map to. */
export type MermaidTheme = 'default' | 'dark';

/** What drawing one diagram gives: an SVG with its size, or Mermaid's own error (failures travel as data). */
export type MermaidRendering =
  | { ok: true; svg: string; width: number; height: number }
  | { ok: false; message: string; /** 1-based line within the diagram source, when Mermaid says. */ line: number | undefined };

/** Draws diagrams with Mermaid itself; one Chromium for as long as it is open. */
export interface MermaidRenderer {
  render(source: string, theme: MermaidTheme, id: string): Promise<MermaidRendering>;
  close(): Promise<void>;
}

const require = createRequire(import.meta.url);
/** The browser build of the project's own `mermaid` (the one the cache key names). */
const MERMAID_SCRIPT = require.resolve('mermaid/dist/mermaid.min.js');

/**
 * The configuration every diagram is drawn with; part of the cache key. `htmlLabels: false`
 * draws labels as SVG text rather than HTML in a foreignObject, which every browser shows
 * inside an <img> and which needs no page CSS.
 */
export const MERMAID_CONFIG = {
  startOnLoad: false,
  securityLevel: 'strict',
  htmlLabels: false,
  /**
   * Extra CSS per theme, which Mermaid scopes to the diagram's own id. Its dark theme draws
   * light-grey edge labels on a mid-grey box (about 4:1, below the 4.5:1 text needs); a darker
   * box and lighter text bring them to about 12:1.
   */
  themeCSS: {
    default: '',
    dark: '.edgeLabel rect, .labelBkg { fill: #262626 !important; background-color: #262626 !important; } .edgeLabel text, .edgeLabel tspan { fill: #ececec !important; }',
  },
} as const;

/** Runs in the page: parse (for the error and its line), then render. */
async function renderInPage([source, theme, id, config]: [string, MermaidTheme, string, typeof MERMAID_CONFIG]) {
  type Mermaid = {
    initialize(config: object): void;
    parse(text: string): Promise<unknown>;
    render(id: string, text: string): Promise<{ svg: string }>;
  };
  const mermaid = (globalThis as unknown as { mermaid: Mermaid }).mermaid;
  mermaid.initialize({ ...config, theme, themeCSS: config.themeCSS[theme] });
  try {
    await mermaid.parse(source);
    const { svg } = await mermaid.render(id, source);
    return { ok: true as const, svg };
  } catch (error) {
    // Jison grammars (flowchart, sequence...) put the line in hash.loc; others only in the message.
    const hash = (error as { hash?: { loc?: { first_line?: number }; line?: number } }).hash;
    const message = error instanceof Error ? error.message : String(error);
    const fromMessage = /\bline (\d+)\b/i.exec(message)?.[1];
    const line =
      hash?.loc?.first_line ?? (hash?.line === undefined ? undefined : hash.line + 1) ?? (fromMessage ? Number(fromMessage) : undefined);
    document.body.replaceChildren();
    return { ok: false as const, message, line };
  }
}

/**
 * Gives a drawn SVG a fixed size, from its viewBox (Mermaid always writes one), in place of
 * Mermaid's `width="100%"` and max-width style, which size nothing inside an <img>.
 */
export function withFixedSize(svg: string): { svg: string; width: number; height: number } {
  const viewBox = /viewBox="[-\d.e]+[\s,]+[-\d.e]+[\s,]+([\d.e]+)[\s,]+([\d.e]+)"/.exec(svg);
  const width = Math.ceil(Number(viewBox?.[1] ?? 0));
  const height = Math.ceil(Number(viewBox?.[2] ?? 0));
  const root = /^<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const sized = root
    .replace(/\swidth="[^"]*"/, '')
    .replace(/\sheight="[^"]*"/, '')
    .replace(/\sstyle="[^"]*"/, '')
    .replace(/^<svg\b/, `<svg width="${width}" height="${height}"`);
  return { svg: sized + svg.slice(root.length), width, height };
}

/**
 * A renderer that starts Chromium on the first diagram it is asked for (a build whose
 * diagrams all come from the cache never starts it) and draws one diagram at a time in a
 * single page, since Mermaid's renderer is not re-entrant.
 */
export function createMermaidRenderer(): MermaidRenderer {
  let browser: Promise<Browser> | undefined;
  let page: Promise<Page> | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  const openPage = (): Promise<Page> => {
    page ??= (async () => {
      const executablePath = findChromium();
      if (!executablePath) throw new Error(`Mermaid diagrams are drawn at build time in Chromium. ${NO_CHROMIUM_HELP}`);
      browser = chromium.launch({ executablePath, args: CHROMIUM_ARGS });
      const tab = await (await browser).newPage();
      await tab.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
      await tab.addScriptTag({ path: MERMAID_SCRIPT });
      return tab;
    })();
    return page;
  };

  return {
    render(source, theme, id) {
      const job = queue.then(async (): Promise<MermaidRendering> => {
        const tab = await openPage();
        const result = await tab.evaluate(renderInPage, [source, theme, id, MERMAID_CONFIG] as [
          string,
          MermaidTheme,
          string,
          typeof MERMAID_CONFIG,
        ]);
        return result.ok ? { ok: true, ...withFixedSize(result.svg) } : result;
      });
      queue = job.catch(() => undefined);
      return job;
    },
    async close() {
      const open = browser;
      browser = undefined;
      page = undefined;
      if (open) await (await open.catch(() => undefined))?.close();
    },
  };
}
