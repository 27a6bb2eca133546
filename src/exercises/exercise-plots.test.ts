import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeGradingEnvironment } from '../cli/node-grading-environment.ts';
import { gradeSubmission, type GradeProgress } from '../grading/grade-submission.ts';
import type { Plot } from '../grading/plot.ts';
import type { GradeResult } from '../grading/result.ts';
import { listExerciseIds } from './exercise-folder.ts';
import { loadExercise } from './load-exercise.ts';

/** The plot data each exercise's checks attach, graded in-process on the reference solution and on telling variants. */
const root = join(import.meta.dirname, '../..');
/** The CLI's environment (a worker thread per file), so learner code has TF.js and `report` as it does in `lifecycle-lab grade`. */
let environment: Awaited<ReturnType<typeof nodeGradingEnvironment>>;
const SEED = 1234;

async function grade(id: string, file: string, onProgress?: (progress: GradeProgress) => void): Promise<GradeResult> {
  const exercise = await loadExercise(root, id);
  const source = readFileSync(join(root, file), 'utf8');
  return gradeSubmission(environment, exercise, { file, source }, { seed: SEED, onProgress });
}

const plotsOf = (result: GradeResult): (Plot & { check: string })[] =>
  result.tests.flatMap((test) => (test.plots ?? []).map((plot) => ({ ...plot, check: test.id })));

beforeAll(async () => {
  environment = await nodeGradingEnvironment(1);
});
afterAll(() => environment.close());

describe('every exercise attaches plot data to its verdict', () => {
  for (const id of listExerciseIds(root)) {
    it(`${id}: the reference solution's verdict carries a plot with a text alternative`, async () => {
      const result = await grade(id, `content/exercises/${id}/solution.ts`);
      expect(result.status).toBe('pass');
      const plots = plotsOf(result);
      expect(plots.length).toBeGreaterThan(0);
      for (const plot of plots) {
        expect(plot.title.length).toBeGreaterThan(0);
        // A text alternative states what it shows with numbers.
        expect(plot.text).toMatch(/\d/);
      }
      // Plain data: it survives JSON unchanged, as the CLI's --format json carries it.
      expect(JSON.parse(JSON.stringify(plots))).toEqual(plots);
    }, 60_000);
  }
});

describe('what the plots show', () => {
  it('train-test-split: a biased shuffle shows rows away from the expected share, highlighted and announced', async () => {
    const plots = plotsOf(await grade('train-test-split', 'content/exercises/train-test-split/wrong/biased-shuffle.ts'));
    const shares = plots.find((plot) => plot.check === 'unbiased-shuffle')!;
    expect(shares).toMatchObject({ kind: 'bars', announce: true, rules: [{ y: 0.3 }] });
    if (shares.kind !== 'bars') throw new Error('bars expected');
    expect(shares.bars).toHaveLength(40);
    expect(shares.bars.some((bar) => bar.highlight)).toBe(true);
    expect(shares.text).toMatch(/outside/);
    const split = plots.find((plot) => plot.kind === 'strip')!;
    expect(split).toMatchObject({ groups: ['train', 'test'] });
  }, 60_000);

  it('fit-linear-model: gradient descent that calls report(step, loss) gets its loss curve, streamed while it runs', async () => {
    const progress: GradeProgress[] = [];
    const result = await grade('fit-linear-model', 'content/exercises/fit-linear-model/right/gradient-descent-following-hints.ts', (p) =>
      progress.push(p),
    );
    expect(result.status).toBe('pass');
    const loss = plotsOf(result).find((plot) => plot.title.startsWith('Loss per step'))!;
    if (loss?.kind !== 'lines') throw new Error('a loss plot expected');
    expect(loss.series[0]!.points).toHaveLength(300);
    expect(loss.series[0]!.points[0]![1]!).toBeGreaterThan(loss.series[0]!.points[299]![1]!);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress[0]).toMatchObject({ check: expect.any(String), step: expect.any(Number), loss: expect.any(Number) });
    // The closed form reports nothing: no curve, and no error.
    const closed = await grade('fit-linear-model', 'content/exercises/fit-linear-model/solution.ts');
    expect(plotsOf(closed).map((plot) => plot.title)).toEqual([expect.stringContaining('least-squares line')]);
  }, 60_000);

  it('k-fold, drift-psi, parse-csv and batch-scoring draw the data their messages talk about', async () => {
    const [folds] = plotsOf(await grade('k-fold', 'content/exercises/k-fold/solution.ts'));
    expect(folds).toMatchObject({ kind: 'strip', groups: ['fold 0', 'fold 1', 'fold 2', 'fold 3', 'fold 4'] });
    expect(folds?.kind === 'strip' && folds.cells.every((cell) => cell >= 0)).toBe(true);

    const [psi] = plotsOf(await grade('drift-psi', 'content/exercises/drift-psi/solution.ts'));
    expect(psi?.kind === 'histograms' && psi.bins.length === 10 && psi.series.length === 2).toBe(true);

    const [csv] = plotsOf(await grade('parse-csv', 'content/exercises/parse-csv/wrong/doubled-quotes-kept.ts'));
    expect(csv).toMatchObject({ kind: 'table', announce: true });

    const scored = plotsOf(await grade('batch-scoring', 'content/exercises/batch-scoring/solution.ts'));
    const table = scored.find((plot) => plot.kind === 'table');
    expect(table?.kind === 'table' && table.rows.some((row) => row.marked)).toBe(true);
  }, 60_000);
});
