import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { UsageError } from './cli-arguments.ts';
import { classReport } from './class-report.ts';
import type { CommandOutput } from './command-output.ts';
import { formatReportHtml } from './format-report-html.ts';
import { formatReportText } from './format-report-text.ts';
import { readGradeResults } from './read-grade-results.ts';

/** `lifecycle-lab report FILE... [--format text|json|html] [--out PATH]`, parsed. */
export interface ReportCommand {
  command: 'report';
  files: string[];
  format: 'text' | 'json' | 'html';
  out: string | undefined;
}

/** Parses the arguments after `report`, throwing UsageError with a one-line message. */
export function parseReportCommand(argv: readonly string[]): ReportCommand {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, options: { format: { type: 'string' }, out: { type: 'string' } } });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]} (run lifecycle-lab --help)`);
  }
  const { values, positionals } = parsed;
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json' && format !== 'html')
    throw new UsageError(`--format must be one of text, json, html, not "${format}"`);
  if (positionals.length === 0) throw new UsageError('report needs at least one FILE written by grade --format json');
  return { command: 'report', files: positionals, format, out: values.out };
}

/**
 * `lifecycle-lab report`: merges `grade --format json` outputs (one per CI shard, say) into
 * the class report. Exit 0 when it was written, whatever the pass rates: it reports, it
 * does not judge (grade's exit code does that).
 */
export function reportCommand(command: ReportCommand): CommandOutput {
  const exercises = classReport(readGradeResults(command.files));
  const text =
    command.format === 'json'
      ? `${JSON.stringify({ version: 1, exercises }, null, 2)}\n`
      : command.format === 'html'
        ? formatReportHtml(exercises, new Date().toISOString())
        : formatReportText(exercises);
  if (command.out) {
    writeFileSync(command.out, text);
    return { text: '', exitCode: 0 };
  }
  return { text, exitCode: 0 };
}
