import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './cli-helpers.ts';

/**
 * A copy of the course that a test may break and build. It lives inside the project (in
 * the ignored test-results/) so packages resolve from the project's node_modules without
 * symlinks, which Vite would resolve to paths outside the copy. A dev server must not run in
 * test-results/, because Vite's file watcher ignores that folder: `watched` puts the copy in
 * the (equally ignored by git and Vitest) .course-copies/ instead.
 */
export function courseCopy({ watched = false } = {}): { root: string; remove: () => void } {
  const scratch = join(projectRoot, watched ? '.course-copies' : 'test-results');
  mkdirSync(scratch, { recursive: true });
  const root = mkdtempSync(join(scratch, 'course-'));
  for (const name of ['src', 'content', 'public', 'package.json', 'astro.config.mjs', 'tsconfig.json']) {
    cpSync(join(projectRoot, name), join(root, name), { recursive: true });
  }
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Runs `astro build` in `root` with the Node running the tests; code 1 on any failure. */
export function build(root: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const astro = join(projectRoot, 'node_modules/astro/bin/astro.mjs');
    execFile(
      process.execPath,
      [astro, 'build'],
      { cwd: root, env: { ...process.env, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' }, maxBuffer: 32 * 1024 * 1024 },
      (error, stdout, stderr) => {
        resolve({ code: error ? 1 : 0, output: `${stdout}\n${stderr}` });
      },
    );
  });
}
