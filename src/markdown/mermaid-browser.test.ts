import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { createMermaidRenderer, withFixedSize } from './mermaid-browser.ts';

describe('withFixedSize', () => {
  it("replaces Mermaid's 100% width and max-width style with the viewBox's size", () => {
    const svg = '<svg id="d" width="100%" style="max-width: 361.4px;" viewBox="4 4 361.4375 695.39"><g/></svg>';
    expect(withFixedSize(svg)).toEqual({
      svg: '<svg width="362" height="696" id="d" viewBox="4 4 361.4375 695.39"><g/></svg>',
      width: 362,
      height: 696,
    });
  });
});

// Mermaid itself, in the Chromium the build uses (CHROMIUM_PATH or Debian's /usr/bin/chromium).
describe('drawing with Mermaid in Chromium', { timeout: 120_000 }, () => {
  const renderer = createMermaidRenderer();
  afterAll(() => renderer.close());

  it('draws a flowchart as a sized SVG carrying the accessible title and description, in both themes', async () => {
    const source = 'flowchart LR\n  accTitle: Split\n  accDescr: Rows go to train or test.\n  A[Rows] --> B[Train]';
    const light = await renderer.render(source, 'default', 'split-light');
    const dark = await renderer.render(source, 'dark', 'split-dark');
    for (const drawn of [light, dark]) {
      if (!drawn.ok) throw new Error(drawn.message);
      expect(drawn.width).toBeGreaterThan(50);
      expect(drawn.svg).toMatch(/^<svg width="\d+" height="\d+" id="split-(light|dark)"/);
      expect(drawn.svg).toContain('<title id="chart-title-split-');
      expect(drawn.svg).toContain('Rows go to train or test.</desc>');
    }
    expect(light).not.toEqual(dark);
  });

  it("reports Mermaid's error with the line within the diagram", async () => {
    const result = await renderer.render('flowchart TD\n  A --> B\n  B --> --> C\n  C --> D', 'default', 'broken');
    expect(result).toMatchObject({ ok: false, line: 3 });
    expect(result.ok || result.message).toContain('Parse error');
  });
});

describe('without a Chromium', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('says how to get one', async () => {
    vi.stubEnv('CHROMIUM_PATH', '/nowhere/chromium');
    const renderer = createMermaidRenderer();
    await expect(renderer.render('flowchart LR\n  A --> B', 'default', 'd')).rejects.toThrow(
      /drawn at build time in Chromium\. No Chromium found: set CHROMIUM_PATH .*apt-get install chromium/,
    );
    await renderer.close();
  });
});
