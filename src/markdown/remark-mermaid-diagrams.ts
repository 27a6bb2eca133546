import { createHash } from 'node:crypto';
import type { ElementContent } from 'hast';
import type { Code, Paragraph, Parent, Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import type { MermaidTheme } from './mermaid-browser.ts';
import type { RenderDiagram } from './diagram-renderings.ts';
import { cachedRenderer, renderWithSharedBrowser } from './diagram-renderings.ts';
import { svgDataUri } from './svg-data-uri.ts';

// Horizontal space only: with \s an empty "accTitle:" would take the next line as its title.
const ACC_TITLE = /^[ \t]*accTitle[ \t]*:[ \t]*(.*)$/m;
const ACC_DESCR = /^[ \t]*accDescr[ \t]*:[ \t]*(.*)$/m;
const ACC_DESCR_BLOCK = /^[ \t]*accDescr[ \t]*\{([^}]*)\}/m;

/** Starlight's two themes and the Mermaid theme each is drawn in. */
const THEMES: readonly { name: 'light' | 'dark'; mermaid: MermaidTheme }[] = [
  { name: 'light', mermaid: 'default' },
  { name: 'dark', mermaid: 'dark' },
];

/** The diagram's accessible title and description: undefined when absent, '' when present but empty. */
export function accessibleText(source: string): { title: string | undefined; description: string | undefined } {
  const title = ACC_TITLE.exec(source)?.[1]?.trim();
  const description = (ACC_DESCR.exec(source)?.[1] ?? ACC_DESCR_BLOCK.exec(source)?.[1])?.replace(/\s+/g, ' ').trim();
  return { title, description };
}

function relativePath(file: VFile): string {
  return file.path ? file.path.replace(`${file.cwd}/`, '') : '(unknown file)';
}

/** Refuses a diagram without a non-empty accTitle and accDescr; returns them otherwise. */
function requireAccessibleText(node: Code, where: string): { title: string; description: string } {
  const { title, description } = accessibleText(node.value);
  const empty = [title === '' && 'accTitle', description === '' && 'accDescr'].filter(Boolean);
  if (empty.length > 0) {
    throw new Error(
      `${where}: this mermaid diagram's ${empty.join(' and ')} ${empty.length === 1 ? 'is' : 'are'} empty; ` +
        'write what the diagram is (accTitle) and what it shows (accDescr), since screen readers announce exactly that',
    );
  }
  if (!title || !description) {
    throw new Error(
      `${where}: this mermaid diagram needs an "accTitle: ..." and an "accDescr: ..." line, ` +
        'so that screen-reader users get the same information as everyone else',
    );
  }
  return { title, description };
}

/** Options, for tests: how diagrams are drawn (default: Mermaid in the shared Chromium, through the disk cache). */
export interface RemarkMermaidOptions {
  render?: RenderDiagram;
}

/**
 * Turns ```mermaid fences into diagrams drawn at build time by Mermaid itself: a
 * `<figure>` with one SVG image per Starlight theme (CSS shows the one matching
 * `data-theme`), each with its width and height so the page never shifts, and the
 * diagram's accTitle and accDescr as the image's text alternative. No diagram code runs
 * in the reader's browser.
 *
 * The build fails, naming file and line, when a diagram lacks a non-empty accTitle or
 * accDescr, or when Mermaid cannot parse it (the fence's line plus the line Mermaid
 * reports within the diagram).
 */
export function remarkMermaidDiagrams(options: RemarkMermaidOptions = {}) {
  const render = options.render ?? cachedRenderer(renderWithSharedBrowser);
  return async (tree: Root, file: VFile) => {
    const fences: { node: Code; parent: Parent }[] = [];
    visit(tree, 'code', (node: Code, _index, parent) => {
      if (node.lang === 'mermaid' && parent) fences.push({ node, parent });
    });
    await Promise.all(
      fences.map(async ({ node, parent }) => {
        // Replaced rather than re-tagged: a code node always becomes <pre><code>, and a figure inside a <pre> is invalid.
        parent.children[parent.children.indexOf(node)] = await drawFence(node, file, render);
      }),
    );
  };
}

/** The figure that replaces one fence: a node whose only output is the element in its `data`. */
async function drawFence(node: Code, file: VFile, render: RenderDiagram): Promise<Paragraph> {
  const fenceLine = node.position?.start.line;
  const { title, description } = requireAccessibleText(node, `${relativePath(file)}:${fenceLine ?? '?'}`);
  // Ids unique per diagram and theme, so two drawings never share a marker or style id.
  const hash = createHash('sha256').update(node.value).digest('hex').slice(0, 10);
  const images: ElementContent[] = [];
  for (const theme of THEMES) {
    const rendering = await render(node.value, theme.mermaid, `diagram-${hash}-${theme.name}`);
    if (!rendering.ok) {
      // Diagram line 1 is the line after the fence.
      const line = fenceLine === undefined ? '?' : fenceLine + (rendering.line ?? 0);
      throw new Error(
        `${relativePath(file)}:${line}: Mermaid cannot draw this diagram (fence at line ${fenceLine ?? '?'}):\n${rendering.message}`,
      );
    }
    images.push({
      type: 'element',
      tagName: 'img',
      properties: {
        className: ['lifecycle-diagram__image', `lifecycle-diagram__image--${theme.name}`],
        src: svgDataUri(rendering.svg),
        width: rendering.width,
        height: rendering.height,
        alt: `${title}. ${description}`,
        decoding: 'async',
        // Search should find the description once, not once per theme.
        dataPagefindIgnore: theme.name === 'dark' ? true : undefined,
      },
      children: [],
    });
  }
  return {
    type: 'paragraph',
    children: [],
    position: node.position,
    data: {
      hName: 'figure',
      hProperties: { className: ['lifecycle-diagram'], dataSourceLine: String(fenceLine ?? '') },
      hChildren: images,
    },
  };
}
