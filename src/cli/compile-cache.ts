import module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Node's on-disk compile cache, shared by the command, its grading host and their learner
 * threads: it covers our TypeScript (type-stripped once, not in every process and thread)
 * and TF.js. The cache is keyed by content, so edits are never served stale.
 */
export const COMPILE_CACHE = process.env['NODE_COMPILE_CACHE'] || join(tmpdir(), 'node-compile-cache');

/**
 * Switches the cache on for this process (for modules loaded from now on) and, through
 * the environment, for every process and thread it starts.
 */
export function useCompileCache(): void {
  process.env['NODE_COMPILE_CACHE'] = COMPILE_CACHE;
  module.enableCompileCache(COMPILE_CACHE);
}
