import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { typescriptLibFiles } from './typescript-lib-files.ts';

const require = createRequire(join(process.cwd(), 'package.json'));
const libModule = require.resolve('monaco-editor/languages/features/typescript/lib/lib');

/** The lib map the plugin leaves, evaluated: file name → contents. */
function keptLibMap(): Record<string, string> {
  const transform = typescriptLibFiles().transform as (code: string, id: string) => { code: string };
  const { code } = transform(readFileSync(libModule, 'utf8'), libModule);
  return new Function(`${code.replace(/export \{ libFileMap \};\s*$/, '')}\nreturn libFileMap;`)() as Record<string, string>;
}

describe('typescriptLibFiles', () => {
  it('keeps lib.es2020.d.ts and every lib file it references, and drops the DOM', () => {
    const kept = keptLibMap();
    const missing: string[] = [];
    const visit = (name: string) => {
      const file = kept[name];
      if (file === undefined) return void missing.push(name);
      for (const [, reference] of file.matchAll(/\/\/\/ <reference lib="([^"]+)" \/>/g)) visit(`lib.${reference}.d.ts`);
    };
    visit('lib.es2020.d.ts');
    expect(missing).toEqual([]);
    expect(kept['lib.dom.d.ts']).toBeUndefined();
    expect(kept['lib.webworker.d.ts']).toBeUndefined();
  });

  it('leaves other modules alone', () => {
    const transform = typescriptLibFiles().transform as (code: string, id: string) => unknown;
    expect(transform('export {};', '/x/node_modules/monaco-editor/esm/vs/editor/editor.api.js')).toBeNull();
  });
});
