import type { Code, Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { estimateDiagramHeight } from './diagram-height.ts';

/** The custom element that draws a diagram in the browser (see src/components/diagrams/). */
const DIAGRAM_ELEMENT = 'lifecycle-diagram';

// Horizontal space only: with \s an empty "accTitle:" would take the next line as its title.
const ACC_TITLE = /^[ \t]*accTitle[ \t]*:[ \t]*(.*)$/m;
const ACC_DESCR = /^[ \t]*accDescr[ \t]*:[ \t]*(.*)$/m;
const ACC_DESCR_BLOCK = /^[ \t]*accDescr[ \t]*\{([^}]*)\}/m;

/** The diagram's accessible title and description: undefined when absent, '' when present but empty. */
export function accessibleText(source: string): { title: string | undefined; description: string | undefined } {
  const title = ACC_TITLE.exec(source)?.[1]?.trim();
  const description = (ACC_DESCR.exec(source)?.[1] ?? ACC_DESCR_BLOCK.exec(source)?.[1])?.replace(/\s+/g, ' ').trim();
  return { title, description };
}

function where(file: VFile, node: Code): string {
  const path = file.path ? file.path.replace(`${file.cwd}/`, '') : '(unknown file)';
  return `${path}:${node.position?.start.line ?? '?'}`;
}

/**
 * Turns ```mermaid fences into `<lifecycle-diagram>` elements that the browser renders
 * lazily. At build time it only does what needs no browser: it reserves the diagram's
 * height (so text does not jump), carries the source, and insists on an accessible title
 * and description (`accTitle:` / `accDescr:`), failing the build with file and line if
 * either is missing or empty. Mermaid syntax itself is checked by rendering, in the browser tests.
 */
export function remarkMermaidDiagrams() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'code', (node: Code) => {
      if (node.lang !== 'mermaid') return;
      const { title, description } = accessibleText(node.value);
      const empty = [title === '' && 'accTitle', description === '' && 'accDescr'].filter(Boolean);
      if (empty.length > 0) {
        throw new Error(
          `${where(file, node)}: this mermaid diagram's ${empty.join(' and ')} ${empty.length === 1 ? 'is' : 'are'} empty; ` +
            'write what the diagram is (accTitle) and what it shows (accDescr), since screen readers announce exactly that',
        );
      }
      if (!title || !description) {
        throw new Error(
          `${where(file, node)}: this mermaid diagram needs an "accTitle: ..." and an "accDescr: ..." line, ` +
            'so that screen-reader users get the same information as everyone else',
        );
      }
      node.data = {
        hName: DIAGRAM_ELEMENT,
        hProperties: {
          className: ['lifecycle-diagram'],
          // Reserved before any script runs; the drawn SVG is scaled into this box.
          style: `--diagram-height: ${estimateDiagramHeight(node.value)}px`,
          dataState: 'pending',
          dataSourceLine: String(node.position?.start.line ?? ''),
        },
        hChildren: [
          {
            type: 'element',
            tagName: 'div',
            properties: { className: ['lifecycle-diagram__canvas'], role: 'img', ariaLabel: `${title}. ${description}` },
            children: [
              {
                type: 'element',
                tagName: 'p',
                properties: { className: ['lifecycle-diagram__placeholder'] },
                children: [{ type: 'text', value: `Diagram: ${title}` }],
              },
            ],
          },
          {
            type: 'element',
            tagName: 'pre',
            properties: { className: ['lifecycle-diagram__source'], hidden: true, dataPagefindIgnore: true },
            children: [{ type: 'text', value: node.value }],
          },
        ],
      };
    });
  };
}
