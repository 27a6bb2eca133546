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

/**
 * CPU time of this process's finished children, grandchildren included (Linux's
 * /proc/self/stat; 0 elsewhere), in ms: what a run cost, however busy the machine was.
 */
function childrenCpuMs(): number {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    // cutime and cstime, fields 16 and 17 of the whole line, in clock ticks (100 a second on Linux).
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return 0;
  }
}

/** CPU-ms per file of the last gradeThroughput run (0 where the platform does not say). */
export let lastGradeCpuMsPerFile = 0;

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
  const cpuBefore = childrenCpuMs();
  try {
    execFileSync(process.execPath, [CLI, 'grade', '--exercise', exercise, '--jobs', '2', '--format', 'json', ...files], {
      cwd: projectRoot,
      maxBuffer: 256 * 1024 * 1024,
    });
  } catch {
    // Exit code 1: half the files fail on purpose.
  }
  const elapsed = performance.now() - started;
  lastGradeCpuMsPerFile = (childrenCpuMs() - cpuBefore) / count;
  return count / (elapsed / 1000);
}
