/**
 * The bench's table: every measured figure is recorded as a row (and echoed as it comes), then
 * printed against its budget and, after a full run, written to tests/bench/RESULTS.md (the
 * dated table the README points to) and bench/results.json (raw).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { summarise, type Figure } from './stats.ts';

/** One figure: a single value or repeated runs, with its unit and, when it has one, its budget. */
export interface Row {
  figure: string;
  value: Figure | number;
  unit: string;
  budget?: { limit: number; better: 'lower' | 'higher' };
}

const rows: Row[] = [];

/** Records a figure and prints it at once, so a long run shows its progress. */
export const record = (row: Row): void => {
  rows.push(row);
  const value = typeof row.value === 'number' ? row.value : row.value.median;
  console.error(`  measured ${row.figure}: ${value.toFixed(row.unit === '' ? 2 : 1)} ${row.unit}`);
};

/** Prints the table; with `files`, also writes RESULTS.md and bench/results.json under `projectRoot`. */
export function writeResults(projectRoot: string, files: boolean): void {
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const lines = [`Lifecycle Lab bench on ${machine}`, '', '| figure | median | min | max | budget | |', '|---|---|---|---|---|---|'];
  for (const row of rows) {
    const figure = typeof row.value === 'number' ? summarise([row.value]) : row.value;
    // Ratios (no unit, below 10) need two decimals: 0.35 is a budget.
    const fmt = (n: number) => `${n.toFixed(n >= 100 ? 0 : row.unit === '' && n < 10 ? 2 : 1)} ${row.unit}`.trim();
    const met = row.budget
      ? (row.budget.better === 'lower' ? figure.median <= row.budget.limit : figure.median >= row.budget.limit)
        ? 'met'
        : 'MISSED'
      : '';
    const budget = row.budget ? `${row.budget.better === 'lower' ? '≤' : '≥'} ${row.budget.limit} ${row.unit}`.trim() : '';
    lines.push(`| ${row.figure} | ${fmt(figure.median)} | ${fmt(figure.min)} | ${fmt(figure.max)} | ${budget} | ${met} |`);
  }
  console.log(lines.join('\n'));
  if (!files) return;
  // The dated table the README points to: commit it after a run on a quiet machine.
  const date = new Date().toISOString().slice(0, 10);
  writeFileSync(
    join(projectRoot, 'tests/bench/RESULTS.md'),
    `# Latest bench results\n\nWritten by \`npm run bench\` on ${date}: ${machine}. Each figure is defined where tests/bench/run-bench.ts measures it.\n\n${lines.slice(2).join('\n')}\n`,
  );
  mkdirSync(join(projectRoot, 'bench'), { recursive: true });
  writeFileSync(join(projectRoot, 'bench/results.json'), `${JSON.stringify({ machine, at: new Date().toISOString(), rows }, null, 2)}\n`);
}
