import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const projectRoot = join(import.meta.dirname, '../..');
const CLI = join(projectRoot, 'src/cli/lifecycle-lab.ts');

/** Wall time of a command, in ms. */
function timed(args: string[], cwd = projectRoot): number {
  const started = performance.now();
  spawnSync(process.execPath, args, { cwd, stdio: 'ignore' });
  return performance.now() - started;
}

/** `npm run build`'s wall time. */
export const buildMs = () => timed([join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build']);

/** `lifecycle-lab verify` over all exercises. */
export const verifyMs = () => timed([CLI, 'verify']);

/** Grades `count` generated mse submissions with `--jobs 2`; returns files per second. */
export function gradeThroughput(count: number): number {
  const folder = mkdtempSync(join(tmpdir(), 'bench-grade-'));
  const solution = readFileSync(join(projectRoot, 'content/exercises/mse/solution.ts'), 'utf8');
  const files = Array.from({ length: count }, (_, i) => {
    const file = join(folder, `learner-${i}.ts`);
    // Every other file is wrong, so passing and failing paths are both measured.
    writeFileSync(file, i % 2 === 0 ? `// learner ${i}\n${solution}` : `// learner ${i}\n${solution.replace('sum / yTrue.length', 'sum / (yTrue.length + 1)')}`);
    return file;
  });
  const started = performance.now();
  try {
    execFileSync(process.execPath, [CLI, 'grade', '--exercise', 'mse', '--jobs', '2', '--format', 'json', ...files], { cwd: projectRoot, maxBuffer: 256 * 1024 * 1024 });
  } catch {
    // Exit code 1: half the files fail on purpose.
  }
  return count / ((performance.now() - started) / 1000);
}
