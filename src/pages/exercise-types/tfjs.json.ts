import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { APIRoute } from 'astro';

/**
 * The TF.js type declarations the editor needs for IntelliSense on `tf.`, served by the
 * site itself as one JSON file (path → contents), fetched only when an editor opens.
 * Core and layers carry the API learners use; the backends add nothing they call. The
 * learner realm's own globals (`report`) come along from content/exercises/learner-globals.d.ts.
 */
const PACKAGES = ['tfjs-core', 'tfjs-layers'];
const TFJS_ENTRY = `export * from '@tensorflow/tfjs-core';\nexport * from '@tensorflow/tfjs-layers';\n`;

function declarations(directory: string): string[] {
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.d.ts'))
    .map((file) => join(directory, file));
}

export const GET: APIRoute = () => {
  // Resolved like an import from the project, wherever node_modules happens to be.
  const require = createRequire(join(process.cwd(), 'package.json'));
  const files: Record<string, string> = {
    'node_modules/@tensorflow/tfjs/index.d.ts': TFJS_ENTRY,
    // The globals the learner's realm adds (report), so the editor knows them too.
    'lifecycle-lab/learner-globals.d.ts': readFileSync(join(process.cwd(), 'content/exercises/learner-globals.d.ts'), 'utf8'),
  };
  for (const name of PACKAGES) {
    const root = dirname(require.resolve(`@tensorflow/${name}/package.json`));
    // An index.d.ts at the package root resolves without reading package.json.
    files[`node_modules/@tensorflow/${name}/index.d.ts`] = `export * from './dist/index';\n`;
    for (const file of declarations(join(root, 'dist'))) {
      const inPackage = file
        .slice(root.length + 1)
        .split('\\')
        .join('/');
      files[`node_modules/@tensorflow/${name}/${inPackage}`] = readFileSync(file, 'utf8');
    }
  }
  return new Response(JSON.stringify(files), { headers: { 'Content-Type': 'application/json' } });
};
