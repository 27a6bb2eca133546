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

/** A mistake the bench plants in every other generated file, per exercise it grades. */
const MISTAKES: Record<string, [string, string]> = {
  mse: ['sum / yTrue.length', 'sum / (yTrue.length + 1)'],
  'fit-linear-model': ['yMean.sub(slope.mul(xMean))', 'yMean'],
};

/** Grades `count` generated submissions of `exercise` with `--jobs 2`; returns files per second. */
export function gradeThroughput(exercise: keyof typeof MISTAKES & string, count: number): number {
  const folder = mkdtempSync(join(tmpdir(), 'bench-grade-'));
  const solution = readFileSync(join(projectRoot, `content/exercises/${exercise}/solution.ts`), 'utf8');
  const [right, wrong] = MISTAKES[exercise]!;
  if (!solution.includes(right)) throw new Error(`bench: the ${exercise} solution no longer contains "${right}"`);
  const files = Array.from({ length: count }, (_, i) => {
    const file = join(folder, `learner-${i}.ts`);
    // Every other file is wrong, so passing and failing paths are both measured.
    writeFileSync(file, `// learner ${i}\n${i % 2 === 0 ? solution : solution.replace(right, wrong)}`);
    return file;
  });
  const started = performance.now();
  try {
    execFileSync(process.execPath, [CLI, 'grade', '--exercise', exercise, '--jobs', '2', '--format', 'json', ...files], {
      cwd: projectRoot,
      maxBuffer: 256 * 1024 * 1024,
    });
  } catch {
    // Exit code 1: half the files fail on purpose.
  }
  return count / ((performance.now() - started) / 1000);
}
