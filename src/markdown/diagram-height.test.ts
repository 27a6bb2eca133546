import { describe, expect, it } from 'vitest';
import { estimateDiagramHeight } from './diagram-height.ts';

describe('estimateDiagramHeight', () => {
  it('grows with the number of ranks in a top-down flowchart', () => {
    const short = estimateDiagramHeight('flowchart TD\n  A --> B');
    const tall = estimateDiagramHeight('flowchart TD\n  A --> B\n  B --> C\n  C --> D\n  D --> E');
    expect(tall).toBeGreaterThan(short);
    expect(tall - short).toBe(3 * 88);
  });

  it('counts a chain written on one line and ignores a loop back to an earlier node', () => {
    const chain = estimateDiagramHeight('flowchart TD\n  A[Start] --> B(Middle) --> C{End?}\n  C -->|no| A');
    expect(chain).toBe(3 * 88 + 24);
  });

  it('sizes a left-to-right chart by its widest rank, not its length', () => {
    const long = estimateDiagramHeight('flowchart LR\n  A --> B --> C --> D --> E --> F');
    const wide = estimateDiagramHeight('flowchart LR\n  A --> B\n  A --> C\n  A --> D\n  A --> E');
    expect(long).toBe(160);
    expect(wide).toBe(4 * 70 + 24);
  });

  it('ignores accessibility lines, comments and styling', () => {
    const plain = estimateDiagramHeight('flowchart TD\n  A --> B\n  B --> C');
    const decorated = estimateDiagramHeight(
      'flowchart TD\n  accTitle: T\n  accDescr: D\n  %% note\n  A --> B\n  B --> C\n  classDef hot fill:#f00\n  class A hot',
    );
    expect(decorated).toBe(plain);
  });

  it('stays within sensible bounds for other diagram types', () => {
    expect(estimateDiagramHeight('sequenceDiagram\n  A->>B: hi')).toBe(160);
    expect(estimateDiagramHeight(`sequenceDiagram\n${'  A->>B: hi\n'.repeat(100)}`)).toBe(900);
  });
});
