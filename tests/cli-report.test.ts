import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, runCli } from './cli-helpers.ts';

const mse = join(projectRoot, 'content/exercises/mse');

describe('lifecycle-lab report', { timeout: 90_000 }, () => {
  it('merges shards (an object and an array) into pass rate, failure rates and the most common first failure', async () => {
    const work = mkdtempSync(join(tmpdir(), 'report-'));
    try {
      const submissions = join(work, 'class');
      const { mkdirSync } = await import('node:fs');
      mkdirSync(submissions);
      copyFileSync(join(mse, 'solution.ts'), join(submissions, 'ada.ts'));
      copyFileSync(join(mse, 'wrong/forgot-mean.ts'), join(submissions, 'bo.ts'));
      copyFileSync(join(mse, 'wrong/forgot-mean.ts'), join(submissions, 'cy.ts'));
      copyFileSync(join(mse, 'wrong/no-empty-check.ts'), join(submissions, 'di.ts'));
      copyFileSync(join(mse, 'wrong/absolute-error.ts'), join(submissions, 'ed.ts'));
      // Two shards of the five (arrays), plus ada graded alone: one result, printed as an object.
      for (const shard of ['1/2', '2/2']) {
        const run = await runCli(
          [
            'grade',
            '--exercise',
            'mse',
            submissions,
            '--format',
            'json',
            '--shard',
            shard,
            '--out',
            join(work, `shard-${shard[0]}.json`),
            '--jobs',
            '2',
          ],
          work,
        );
        expect(run.code).toBe(1);
      }
      const single = await runCli(
        ['grade', '--exercise', 'mse', join(submissions, 'ada.ts'), '--format', 'json', '--out', join(work, 'one.json')],
        work,
      );
      expect(single.code).toBe(0);
      expect(Array.isArray(JSON.parse(readFileSync(join(work, 'one.json'), 'utf8')))).toBe(false);

      const shards = [join(work, 'shard-1.json'), join(work, 'shard-2.json'), join(work, 'one.json')];
      const text = await runCli(['report', ...shards], work);
      expect(text.code).toBe(0);
      expect(text.stdout).toContain('mse: 1/5 pass (20.0%)');
      expect(text.stdout).toMatch(/small-example +fails {2}60\.0% {2}\(3\/5\)/);
      expect(text.stdout).toContain('most common first failure: small-example (3 files); most often: "the MSE of the example is 112');

      const json = await runCli(['report', ...shards, '--format', 'json'], work);
      const report = JSON.parse(json.stdout) as {
        exercises: { exercise: string; files: number; passRate: number; checks: { id: string; rate: number }[] }[];
      };
      expect(report.exercises).toHaveLength(1);
      expect(report.exercises[0]).toMatchObject({ exercise: 'mse', files: 5, passRate: 0.2 });
      expect(report.exercises[0]!.checks.find((check) => check.id === 'rejects-empty-input')?.rate).toBe(0.2);

      const html = await runCli(['report', ...shards, '--format', 'html', '--out', join(work, 'report.html')], work);
      expect(html).toMatchObject({ code: 0, stdout: '' });
      const page = readFileSync(join(work, 'report.html'), 'utf8');
      expect(page).toMatch(/^<!doctype html>/);
      expect(page).toContain('<svg role="img"');
      expect(page).not.toMatch(/(src|href)=/);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('refuses a file that is not grade output, naming it, with exit 2', async () => {
    const work = mkdtempSync(join(tmpdir(), 'report-'));
    try {
      writeFileSync(
        join(work, 'notes.json'),
        '[{"version": 1, "exercise": "mse", "file": "a.ts", "status": "pass", "tests": []}, {"hello": 1}]',
      );
      const bad = await runCli(['report', join(work, 'notes.json')], work);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toBe(
        `lifecycle-lab: ${join(work, 'notes.json')}: item 2 has version undefined, expected 1; expected grade --format json output\n`,
      );
      const missing = await runCli(['report', join(work, 'nope.json')], work);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain('nope.json: cannot be read (ENOENT)');
      const none = await runCli(['report'], work);
      expect(none.code).toBe(2);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
