import type { Plugin } from 'vite';

const LIB_MODULE = /[\\/]node_modules[\\/]monaco-editor[\\/]esm[\\/]vs[\\/]languages[\\/]features[\\/]typescript[\\/]lib[\\/]lib\.js$/;
/** ES2020 and what it references: the `lib: ['es2020']` the editor compiles with (monaco-editor.ts). */
const KEPT = /^lib\.(es5|decorators(\.legacy)?|es20(1[5-9]|20)(\.(?!full\.)[a-z.]+)?)\.d\.ts$/;

/**
 * Monaco's TypeScript worker bundles all 100 of TypeScript's lib files (~440 KB gzip),
 * the DOM's among them. Learner code runs in a locked-down worker with no DOM, and the
 * editor compiles it against ES2020 plus the few globals that realm has (declared in
 * monaco-editor.ts), so only ES2020's lib files stay in the worker's lib map.
 * A worker plugin: Vite builds workers with `worker.plugins`, not the page's plugins.
 */
export function typescriptLibFiles(): Plugin {
  return {
    name: 'lifecycle-lab:typescript-lib-files',
    enforce: 'pre',
    transform(code, id) {
      if (!LIB_MODULE.test(id)) return null;
      const exportAt = code.lastIndexOf('\nexport {');
      const [head = '', ...entries] = code.slice(0, exportAt).split(/^(?=libFileMap\[")/m);
      const kept = entries.filter((entry) => KEPT.test(/^libFileMap\["([^"]+)"\]/.exec(entry)?.[1] ?? ''));
      if (kept.length === 0) throw new Error(`${id}: no ES2020 lib files found; has Monaco's lib map changed?`);
      return { code: `${head}${kept.join('')}${code.slice(exportAt)}`, map: null };
    },
  };
}
