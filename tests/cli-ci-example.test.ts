import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GradeResult } from '../src/grading/result.ts';
import { generateSubmissions } from './ci-example/generate-submissions.ts';
import { projectRoot } from './cli-helpers.ts';

const example = join(projectRoot, 'tests/ci-example');
/** A class of the size the README talks about: about a minute on an idle 2-core machine since batch grading uses prepared threads. */
const CLASS_SIZE = 1000;
const SHARDS = 4;

function runScript(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      '/bin/sh',
      [join(example, 'grade-class.sh'), ...args],
      {
        cwd: projectRoot,
        maxBuffer: 64 * 1024 * 1024,
        env: {
          ...process.env,
          NO_COLOR: '1',
          JOBS: '2',
          LIFECYCLE_LAB: `${process.execPath} ${join(projectRoot, 'src/cli/lifecycle-lab.ts')}`,
        },
      },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

describe('grading a class in CI: shards merged by report', { timeout: 300_000 }, () => {
  it(`grades ${CLASS_SIZE} generated submissions in ${SHARDS} shards with --jobs 2 and summarises them`, async () => {
    const work = mkdtempSync(join(tmpdir(), 'class-'));
    try {
      const generated = generateSubmissions(projectRoot, 'mse', join(work, 'submissions'), CLASS_SIZE);
      expect(generated.wrong).toBeGreaterThan(50);

      const run = await runScript(['mse', join(work, 'submissions'), String(SHARDS), join(work, 'out')]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`mse: ${generated.correct}/${CLASS_SIZE} pass`);

      // The shards partition the class: every file graded exactly once, correct ones pass, wrong ones fail.
      const graded = Array.from({ length: SHARDS }, (_, i) => {
        const parsed = JSON.parse(readFileSync(join(work, 'out', `shard-${i + 1}.json`), 'utf8')) as GradeResult | GradeResult[];
        return Array.isArray(parsed) ? parsed : [parsed];
      });
      expect(graded.map((shard) => shard.length)).toEqual(Array.from({ length: SHARDS }, () => CLASS_SIZE / SHARDS));
      const files = graded.flat().map((result) => result.file);
      expect(new Set(files).size).toBe(CLASS_SIZE);
      expect(graded.flat().filter((result) => result.status === 'error')).toEqual([]);

      const report = JSON.parse(readFileSync(join(work, 'out', 'report.json'), 'utf8')) as {
        exercises: { exercise: string; files: number; passed: number; mostCommonFirstFailure: { check: string } }[];
      };
      expect(report.exercises).toEqual([expect.objectContaining({ exercise: 'mse', files: CLASS_SIZE, passed: generated.correct })]);
      expect(readFileSync(join(work, 'out', 'report.html'), 'utf8')).toContain('<svg role="img"');
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('stops with the usage error when grade cannot run (exit 2), instead of reporting on nothing', async () => {
    const work = mkdtempSync(join(tmpdir(), 'class-'));
    try {
      const run = await runScript(['no-such-exercise', work, '2', join(work, 'out')]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('unknown exercise "no-such-exercise"');
      expect(existsSync(join(work, 'out', 'report.json'))).toBe(false);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('the GitHub Actions workflow shards as its matrix says and merges every shard with report', () => {
    const workflow = readFileSync(join(example, 'grade-class.yml'), 'utf8');
    const matrix = /shard: \[([\d, ]+)\]/.exec(workflow)?.[1]?.split(',').map(Number);
    expect(matrix).toEqual([1, 2, 3, 4]);
    expect(workflow).toContain(`--shard \${{ matrix.shard }}/${matrix!.length}`);
    expect(workflow).toContain('--format json --out results-${{ matrix.shard }}.json');
    expect(workflow).toMatch(/lifecycle-lab report results-\*\.json --format html/);
    expect(workflow).toContain('test "$status" -le 1');
  });
});
