import type { Plugin } from 'vite';

const WORKERS_MODULE = /[\\/]node_modules[\\/]monaco-editor[\\/]esm[\\/]vs[\\/]internal[\\/]common[\\/]workers\.js$/;

/**
 * Monaco 0.57's `internal/common/workers.js` (createWebWorker, which every language
 * service's worker manager imports) also carries side-effect imports of every editor
 * feature, an artefact of how the package is bundled. Through TypeScript's worker manager
 * they would undo the slim entry (src/components/exercise/monaco-slim.ts), so those bare
 * `import '...';` lines are dropped; the imports it uses by name stay.
 */
export function monacoWorkerImports(): Plugin {
  return {
    name: 'lifecycle-lab:monaco-worker-imports',
    enforce: 'pre',
    transform(code, id) {
      if (!WORKERS_MODULE.test(id)) return null;
      return { code: code.replace(/^import '[^']+';$/gm, ''), map: null };
    },
  };
}
