import type { Code, Root } from 'mdast';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { accessibleText, remarkMermaidDiagrams } from './remark-mermaid-diagrams.ts';

function transform(source: string): Code {
  const node: Code = {
    type: 'code',
    lang: 'mermaid',
    value: source,
    position: { start: { line: 12, column: 1 }, end: { line: 16, column: 1 } },
  };
  const tree: Root = { type: 'root', children: [node] };
  remarkMermaidDiagrams()(tree, new VFile({ path: '/course/content/lessons/training.mdx', cwd: '/course' }));
  return node;
}

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

  it('refuses an empty accTitle or accDescr, naming file and line', () => {
    expect(() => transform('flowchart LR\n  accTitle:\n  accDescr: Rows go to train or test.\n  A --> B')).toThrow(
      "content/lessons/training.mdx:12: this mermaid diagram's accTitle is empty",
    );
    expect(() => transform('flowchart LR\n  accTitle: Split\n  accDescr:   \n  A --> B')).toThrow(
      "content/lessons/training.mdx:12: this mermaid diagram's accDescr is empty",
    );
    expect(() => transform('flowchart LR\n  accTitle: Split\n  accDescr {  }\n  A --> B')).toThrow('accDescr is empty');
  });

  it('still refuses a missing one, and accepts a complete diagram', () => {
    expect(() => transform('flowchart LR\n  accTitle: Split\n  A --> B')).toThrow('needs an "accTitle: ..." and an "accDescr: ..." line');
    expect(transform('flowchart LR\n  accTitle: Split\n  accDescr: Rows.\n  A --> B').data).toMatchObject({ hName: 'lifecycle-diagram' });
  });
});
