import type { Element } from 'hast';
import type { Code, Root, RootContent } from 'mdast';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import type { RenderDiagram } from './diagram-renderings.ts';
import { accessibleText, remarkMermaidDiagrams } from './remark-mermaid-diagrams.ts';

/** A stand-in for Mermaid: draws a box named after the theme, or fails on a line containing "BROKEN". */
const fakeRender: RenderDiagram = async (source, theme, id) => {
  const broken = source.split('\n').findIndex((line) => line.includes('BROKEN'));
  if (broken >= 0) return { ok: false, message: `Parse error on line ${broken + 1}`, line: broken + 1 };
  return { ok: true, svg: `<svg id="${id}" width="120" height="80"><text>${theme} "#1"</text></svg>`, width: 120, height: 80 };
};

/** Runs the plugin on a lesson whose only content is this fence (at line 12); returns what replaced it. */
async function transform(source: string, render: RenderDiagram = fakeRender): Promise<RootContent | undefined> {
  const node: Code = {
    type: 'code',
    lang: 'mermaid',
    value: source,
    position: { start: { line: 12, column: 1 }, end: { line: 16, column: 1 } },
  };
  const tree: Root = { type: 'root', children: [node] };
  await remarkMermaidDiagrams({ render })(tree, new VFile({ path: '/course/content/lessons/training.mdx', cwd: '/course' }));
  return tree.children[0];
}

const images = (node: RootContent | undefined) => (node?.data as { hChildren?: Element[] } | undefined)?.hChildren ?? [];

describe('mermaid accessibility text', () => {
  it('reads a title and a one-line or block description', () => {
    expect(accessibleText('flowchart LR\n  accTitle: Split\n  accDescr: Rows go to train or test.\n  A --> B')).toEqual({
      title: 'Split',
      description: 'Rows go to train or test.',
    });
    expect(accessibleText('flowchart LR\n  accTitle: Split\n  accDescr {\n    Two\n    lines\n  }\n')).toEqual({
      title: 'Split',
      description: 'Two lines',
    });
  });

  it('an empty accTitle does not take the next line as its title', () => {
    expect(accessibleText('flowchart LR\n  accTitle:\n  accDescr: Rows go to train or test.\n')).toEqual({
      title: '',
      description: 'Rows go to train or test.',
    });
  });

  it('refuses an empty accTitle or accDescr, naming file and line', async () => {
    await expect(transform('flowchart LR\n  accTitle:\n  accDescr: Rows go to train or test.\n  A --> B')).rejects.toThrow(
      "content/lessons/training.mdx:12: this mermaid diagram's accTitle is empty",
    );
    await expect(transform('flowchart LR\n  accTitle: Split\n  accDescr:   \n  A --> B')).rejects.toThrow(
      "content/lessons/training.mdx:12: this mermaid diagram's accDescr is empty",
    );
    await expect(transform('flowchart LR\n  accTitle: Split\n  accDescr {  }\n  A --> B')).rejects.toThrow('accDescr is empty');
  });

  it('still refuses a missing one', async () => {
    await expect(transform('flowchart LR\n  accTitle: Split\n  A --> B')).rejects.toThrow(
      'needs an "accTitle: ..." and an "accDescr: ..." line',
    );
  });
});

describe('diagrams drawn at build time', () => {
  const diagram = 'flowchart LR\n  accTitle: Split\n  accDescr: Rows go to train or test.\n  A --> B';

  it('becomes a figure with a light and a dark SVG image, sized, with the accessible text as alt', async () => {
    const node = await transform(diagram);
    // Not a code node any more: those always become <pre><code>, and a figure cannot sit in a <pre>.
    expect(node?.type).toBe('paragraph');
    expect(node?.data).toMatchObject({ hName: 'figure', hProperties: { className: ['lifecycle-diagram'], dataSourceLine: '12' } });
    const [light, dark] = images(node);
    for (const [image, theme] of [
      [light, 'light'],
      [dark, 'dark'],
    ] as const) {
      expect(image?.tagName).toBe('img');
      expect(image?.properties).toMatchObject({
        className: ['lifecycle-diagram__image', `lifecycle-diagram__image--${theme}`],
        width: 120,
        height: 80,
        alt: 'Split. Rows go to train or test.',
      });
    }
    expect(decodeURIComponent(String(light?.properties['src']).replace('data:image/svg+xml;charset=utf-8,', ''))).toContain('default "#1"');
    expect(String(dark?.properties['src'])).toContain('<text>dark %22%231%22</text>');
  });

  it('gives every drawing its own SVG id, per diagram and per theme', async () => {
    const ids: string[] = [];
    const recording: RenderDiagram = (source, theme, id) => (ids.push(id), fakeRender(source, theme, id));
    await transform(diagram, recording);
    await transform(diagram.replace('A --> B', 'A --> C'), recording);
    expect(new Set(ids).size).toBe(4);
  });

  it("fails with the file and the line of Mermaid's error: the fence's line plus the line within the diagram", async () => {
    // The fence is at line 12, so the diagram's line 4 is the file's line 16.
    await expect(transform('flowchart LR\n  accTitle: Split\n  accDescr: Rows.\n  A --> BROKEN')).rejects.toThrow(
      'content/lessons/training.mdx:16: Mermaid cannot draw this diagram (fence at line 12):\nParse error on line 4',
    );
  });
});
