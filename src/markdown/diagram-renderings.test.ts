import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RenderDiagram } from './diagram-renderings.ts';
import { cachedRenderer, renderingKey } from './diagram-renderings.ts';

const directories: string[] = [];
afterEach(() => directories.splice(0).forEach((directory) => rmSync(directory, { recursive: true, force: true })));

function counting(): { render: RenderDiagram; calls: () => number } {
  let calls = 0;
  return {
    render: async (source) => {
      calls += 1;
      return source.includes('BROKEN')
        ? { ok: false, message: 'Parse error on line 1', line: 1 }
        : { ok: true, svg: `<svg>${source}</svg>`, width: 10, height: 20 };
    },
    calls: () => calls,
  };
}

describe('the diagram cache', () => {
  it('draws a diagram once, then reads it from disk, also in a later build', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'diagram-cache-'));
    directories.push(directory);
    const first = counting();
    const drawn = await cachedRenderer(first.render, directory)('flowchart LR\n  A --> B', 'default', 'd-1');
    expect(await cachedRenderer(first.render, directory)('flowchart LR\n  A --> B', 'default', 'd-1')).toEqual(drawn);
    expect(first.calls()).toBe(1);
    expect(readdirSync(directory)).toEqual([`${renderingKey('flowchart LR\n  A --> B', 'default', 'd-1')}.json`]);
  });

  it('keys on theme and source, and never keeps an error', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'diagram-cache-'));
    directories.push(directory);
    const { render, calls } = counting();
    const cached = cachedRenderer(render, directory);
    await cached('A', 'default', 'd');
    await cached('A', 'dark', 'd');
    await cached('B', 'default', 'd');
    await cached('BROKEN', 'default', 'd');
    expect(await cached('BROKEN', 'default', 'd')).toMatchObject({ ok: false, line: 1 });
    expect(calls()).toBe(5);
    expect(readdirSync(directory)).toHaveLength(3);
  });
});
