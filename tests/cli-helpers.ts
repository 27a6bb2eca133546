import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The project root. */
export const projectRoot = join(import.meta.dirname, '..');
const CLI = join(projectRoot, 'src/cli/lifecycle-lab.ts');

/** What one run of the CLI printed and how it exited. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `lifecycle-lab` with the Node running the tests (24, via npm), in `cwd`. */
export function runCli(args: string[], cwd = projectRoot): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { cwd, maxBuffer: 32 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/**
 * A throwaway course root holding a copy of one real exercise, for breaking on purpose.
 * src/ and node_modules/ are linked so the copied checks import the real grading kit.
 */
export function courseWithExercise(id: string): { root: string; exercise: string; remove: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'lifecycle-lab-'));
  symlinkSync(join(projectRoot, 'src'), join(root, 'src'));
  symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'));
  const exercise = join(root, 'content/exercises', id);
  cpSync(join(projectRoot, 'content/exercises', id), exercise, { recursive: true });
  return { root, exercise, remove: () => rmSync(root, { recursive: true, force: true }) };
}
