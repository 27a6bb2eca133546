import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'esbuild';
import { LEFT_OUT_TF_PACKAGES } from './thread/left-out-tf-packages.ts';

/** This package's root: the bundle's inputs are named relative to it. */
const PACKAGE_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ENTRY = fileURLToPath(new URL('./thread/learner-thread-bundled.ts', import.meta.url));
/** Where bundles live, one folder per content key; inside the package, so the grading host may read it. */
export const BUNDLE_CACHE = join(PACKAGE_ROOT, 'node_modules/.cache/lifecycle-lab/learner-thread');
const MANIFEST = join(BUNDLE_CACHE, 'manifest.json');
const ENTRY_FILE = 'learner-thread-bundled.mjs';
/** Part of every key: change it when the build options below change. */
const FORMAT = 'esm-split-3';
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * What the bundle leaves out, each replaced by an empty module: the union package's parts a
 * learner thread never loads (left-out-tf-packages.ts), and node:crypto, which TF.js's
 * seedrandom loads only to seed itself when given no seed; TF.js always passes one, and
 * without it seedrandom takes the Web Crypto path the browser takes.
 */
const LEFT_OUT = new Set([...LEFT_OUT_TF_PACKAGES, 'crypto']);

/** The files one bundle was built from, relative to the package root. */
interface Manifest {
  inputs: string[];
}

/**
 * The learner thread, bundled: its TypeScript, the grading core and TF.js in a few ES
 * module files, so a fresh thread reads and compiles a handful of files instead of
 * resolving, reading and type-stripping dozens (about 40 CPU-ms of a thread's start,
 * measured in issue 16). The bundle is rebuilt only when one of its inputs changes: its key
 * is a hash of every input file's content, so an edit is never served stale. Returns the
 * entry's path, or undefined (threads then run from source) where esbuild is missing.
 */
export async function learnerThreadBundle(): Promise<string | undefined> {
  try {
    const known = readManifest();
    if (known) {
      const entry = join(BUNDLE_CACHE, keyOf(known.inputs), ENTRY_FILE);
      if (existsSync(entry)) return entry;
    }
    return await build();
  } catch (error) {
    const missing = (error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND';
    if (!missing) process.stderr.write(`note: learner threads run from source (their bundle failed: ${(error as Error).message})\n`);
    return undefined;
  }
}

function readManifest(): Manifest | undefined {
  try {
    const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest;
    return Array.isArray(manifest.inputs) && manifest.inputs.every((input) => typeof input === 'string') ? manifest : undefined;
  } catch {
    return undefined;
  }
}

/** A hash of the bundle's format and every input's path and content; a vanished input changes it too. */
function keyOf(inputs: readonly string[]): string {
  const hash = createHash('sha256').update(FORMAT);
  for (const input of inputs) {
    const path = join(PACKAGE_ROOT, input);
    hash.update(`\0${input}\0`).update(existsSync(path) ? readFileSync(path) : 'missing');
  }
  return hash.digest('hex').slice(0, 16);
}

const leaveOut: Plugin = {
  name: 'leave-out',
  setup(build) {
    // The union package's own require of layers is left out too: bundled-learner-tf.ts loads layers when first used.
    const fromUnion = (importer: string) => /[\\/]@tensorflow[\\/]tfjs[\\/]/.test(importer);
    build.onResolve({ filter: /^(@tensorflow\/|crypto$)/ }, (args) =>
      LEFT_OUT.has(args.path) || (args.path === '@tensorflow/tfjs-layers' && fromUnion(args.importer))
        ? { path: args.path, namespace: 'left-out' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'left-out' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
  },
};

/** Builds into a private folder and renames it into place, so concurrent commands (CI shards) never see half a bundle. */
async function build(): Promise<string> {
  const esbuild = await import('esbuild');
  mkdirSync(BUNDLE_CACHE, { recursive: true });
  const temporary = join(BUNDLE_CACHE, `.build-${process.pid}-${Date.now()}`);
  const result = await esbuild.build({
    entryPoints: [ENTRY],
    absWorkingDir: PACKAGE_ROOT,
    bundle: true,
    // TF.js in its own chunk, loaded only by threads whose file imports it, as from source.
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    outdir: temporary,
    outExtension: { '.js': '.mjs' },
    // TF.js's CommonJS files still require Node's built-ins (util, for one).
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    // The names bundled-learner-tf.ts hands out before layers is loaded.
    define: { LAYERS_NAMES: JSON.stringify(Object.keys(createRequire(import.meta.url)('@tensorflow/tfjs-layers') as object)) },
    metafile: true,
    logLevel: 'silent',
    plugins: [leaveOut],
  });
  const inputs = Object.keys(result.metafile.inputs).filter((input) => !input.includes(':'));
  const key = keyOf(inputs);
  const folder = join(BUNDLE_CACHE, key);
  try {
    renameSync(temporary, folder);
  } catch (error) {
    // Another command built the same bundle first: theirs is as good.
    if (!existsSync(join(folder, ENTRY_FILE))) throw error;
    rmSync(temporary, { recursive: true, force: true });
  }
  const manifest = `${MANIFEST}.${process.pid}`;
  writeFileSync(manifest, JSON.stringify({ inputs } satisfies Manifest));
  renameSync(manifest, MANIFEST);
  removeStale(key);
  return join(folder, ENTRY_FILE);
}

/** Bundles of older sources, and builds a killed command left behind, once a day old. */
function removeStale(current: string): void {
  for (const name of readdirSync(BUNDLE_CACHE)) {
    const path = join(BUNDLE_CACHE, name);
    if (name === current || name === 'manifest.json') continue;
    try {
      if (Date.now() - statSync(path).mtimeMs > DAY_MS) rmSync(path, { recursive: true, force: true });
    } catch {
      // Renamed or removed by a concurrent command meanwhile: nothing left to tidy.
    }
  }
}
