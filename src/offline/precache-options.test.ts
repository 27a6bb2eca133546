import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getManifest } from 'workbox-build';
import { manifestOptions } from './precache-options.ts';

/** A miniature dist/ with one file of each kind the build writes. */
function fakeSite(): string {
  const root = mkdtempSync(join(tmpdir(), 'precache-'));
  const files = [
    'index.html',
    'training/index.html',
    '404.html',
    'favicon.svg',
    'exercise-types/tfjs.json',
    '_astro/page.Ab12Cd34.js',
    '_astro/page.Ab12Cd34.js.map',
    '_astro/ts.worker-Ef56Gh78.js',
    '_astro/css.worker-Ij90Kl12.js',
    '_astro/common.Mn34Op56.css',
    '_astro/codicon.Qr78St90.ttf',
    'pagefind/pagefind.js',
    'pagefind/pagefind-entry.json',
    'pagefind/wasm.en.pagefind',
    'pagefind/index/en_1234567.pf_index',
    'pagefind/fragment/en_89abcde.pf_fragment',
    'screenshots/overview.png',
    '_headers',
    'sw.js',
  ];
  for (const file of files) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), `contents of ${file}`);
  }
  return root;
}

describe('the precache manifest', () => {
  it('holds pages, scripts, workers, styles, fonts, TF.js types and every Pagefind file, and nothing else', async () => {
    const { manifestEntries, warnings } = await getManifest(manifestOptions(fakeSite()));
    expect(warnings).toEqual([]);
    expect((manifestEntries ?? []).map((entry) => entry.url).sort()).toEqual([
      '404.html',
      '_astro/codicon.Qr78St90.ttf',
      '_astro/common.Mn34Op56.css',
      '_astro/page.Ab12Cd34.js',
      '_astro/ts.worker-Ef56Gh78.js',
      'exercise-types/tfjs.json',
      'favicon.svg',
      'index.html',
      'pagefind/fragment/en_89abcde.pf_fragment',
      'pagefind/index/en_1234567.pf_index',
      'pagefind/pagefind-entry.json',
      'pagefind/pagefind.js',
      'pagefind/wasm.en.pagefind',
      'training/index.html',
    ]);
  });

  it('revisions files by content, except hashed /_astro/ files, whose name is their revision', async () => {
    const { manifestEntries } = await getManifest(manifestOptions(fakeSite()));
    const revision = (url: string) => manifestEntries?.find((entry) => entry.url === url)?.revision;
    expect(revision('training/index.html')).toMatch(/^[0-9a-f]{32}$/);
    expect(revision('pagefind/pagefind-entry.json')).toMatch(/^[0-9a-f]{32}$/);
    expect(revision('_astro/page.Ab12Cd34.js')).toBeNull();
  });
});
