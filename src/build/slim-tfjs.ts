import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const SLIM_TF = fileURLToPath(new URL('../components/exercise/slim-tf.ts', import.meta.url));

/**
 * In the browser build, `@tensorflow/tfjs` (imported by exercise solutions and checks the
 * page's grader loads) resolves to slim-tf.ts: tfjs-core, the cpu backend and layers, the
 * same API on the same backend, without tfjs-data, the converter and the GPU backends.
 * Server-side rendering and Node (the CLI, vitest) keep the union package.
 */
export function slimTfjs(): Plugin {
  return {
    name: 'lifecycle-lab:slim-tfjs',
    enforce: 'pre',
    applyToEnvironment: (environment) => environment.name === 'client',
    resolveId(source) {
      return source === '@tensorflow/tfjs' ? SLIM_TF : null;
    },
  };
}
