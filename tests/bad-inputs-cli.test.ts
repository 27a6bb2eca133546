import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, it } from 'vitest';
import type { GradeResult } from '../src/grading/result.ts';
import { corpus } from './bad-input-corpus.ts';
import { assertOutcome, type CorpusEntry } from './bad-input-entry.ts';
import { projectRoot, runCli } from './cli-helpers.ts';

const entries = corpus.filter((entry) => entry.environments.includes('node'));
const generated = mkdtempSync(join(tmpdir(), 'bad-inputs-'));
const pathOf = (entry: CorpusEntry, index: number) => {
  if (entry.file) return join(projectRoot, entry.file);
  const file = join(generated, `${index}.ts`);
  writeFileSync(file, entry.source ?? '');
  return file;
};

/** Every corpus entry through `lifecycle-lab grade`: one batch per exercise, as an instructor would run it. */
describe('the bad-input corpus through lifecycle-lab grade', { timeout: 180_000 }, () => {
  const results = new Map<CorpusEntry, GradeResult>();

  beforeAll(async () => {
    const files = entries.map(pathOf);
    for (const exercise of new Set(entries.map((entry) => entry.exercise))) {
      const mine = entries.filter((entry) => entry.exercise === exercise);
      const run = await runCli([
        'grade',
        '--exercise',
        exercise,
        '--format',
        'json',
        '--jobs',
        '2',
        ...mine.map((entry) => files[entries.indexOf(entry)]!),
      ]);
      let parsed: GradeResult | GradeResult[];
      try {
        parsed = JSON.parse(run.stdout) as GradeResult | GradeResult[];
      } catch {
        // Say what the CLI did instead of printing JSON, or a failure here cannot be diagnosed.
        throw new Error(
          `grade --exercise ${exercise} exited with ${run.code} and printed no JSON.\n` +
            `stdout (${run.stdout.length} chars): ${run.stdout.slice(0, 2000)}\nstderr: ${run.stderr.slice(-4000)}`,
        );
      }
      const list = Array.isArray(parsed) ? parsed : [parsed];
      mine.forEach((entry, i) => results.set(entry, list[i]!));
    }
  }, 180_000);

  it.each(entries.map((entry) => [`row ${entry.row}: ${entry.name}`, entry] as const))('%s', (_label, entry) => {
    assertOutcome(entry, results.get(entry)!);
  });
});
