#!/usr/bin/env node
/**
 * `lifecycle-lab`: list, verify and grade exercises from the command line, with the same
 * grading core and TF.js backend as the browser. Exit codes: 0 all good, 1 a failure,
 * 2 a usage error.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXERCISES_DIRECTORY, listExerciseIds, readExerciseFolder } from '../exercises/exercise-folder.ts';
import { parseCommandLine, USAGE, UsageError } from './cli-arguments.ts';
import { useCompileCache } from './compile-cache.ts';

// The course in the current directory if there is one (a fork, a fixture), else this package's own.
/**
 * Grading runs in a time zone that is not UTC (unless the caller chose one), as it does on
 * most learners' machines: code that reads local time (getHours, getDay) where an exercise
 * asks for a given IANA zone must fail in CI as it would for them. Kathmandu's +05:45 also
 * defeats offset arithmetic that assumes whole hours. Learner threads inherit it.
 */
process.env['TZ'] ||= 'Asia/Kathmandu';
// Each command's modules, the grading host's and its threads' are compiled once, not in every run.
useCompileCache();

const root = existsSync(join(process.cwd(), EXERCISES_DIRECTORY)) ? process.cwd() : fileURLToPath(new URL('../..', import.meta.url));

async function main(argv: string[]): Promise<number> {
  // Help is asked for as often after a command (`verify --help`) as before it.
  if (argv.length === 0 || argv[0] === 'help' || argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return argv.length === 0 ? 2 : 0;
  }
  // Each command's module is loaded when it runs: grade has no use for verify's TF.js, nor
  // list for anyone's, and a batch's grading process starts that much sooner.
  // new and report parse their own flags: none of grade's apply to them.
  if (argv[0] === 'new' || argv[0] === 'report') {
    const rest = argv.slice(1);
    const output =
      argv[0] === 'new'
        ? await import('./new-command.ts').then(({ newCommand, parseNewCommand }) => newCommand(root, parseNewCommand(rest)))
        : await import('./report-command.ts').then(({ parseReportCommand, reportCommand }) => reportCommand(parseReportCommand(rest)));
    process.stdout.write(output.text);
    return output.exitCode;
  }
  const command = parseCommandLine(argv);
  const colour = Boolean(process.stdout.isTTY) && !process.env['NO_COLOR'];
  if (command.command === 'list') {
    const exercises = listExerciseIds(root).map((id) => {
      const { metadata } = readExerciseFolder(root, id);
      return { id, stage: metadata.stage, title: metadata.title, lesson: `/${metadata.lesson}/` };
    });
    process.stdout.write(
      command.format === 'json'
        ? `${JSON.stringify(exercises, null, 2)}\n`
        : `${exercises.map((e) => `${e.id.padEnd(20)} stage ${e.stage}  ${e.title.padEnd(32)} ${e.lesson}`).join('\n')}\n`,
    );
    return 0;
  }
  const output =
    command.command === 'verify'
      ? await import('./verify-command.ts').then(({ verifyCommand }) => verifyCommand(root, command, colour))
      : await import('./grade-command.ts').then(({ gradeCommand }) => gradeCommand(root, command, colour));
  process.stdout.write(output.text);
  return output.exitCode;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`lifecycle-lab: ${error.message}\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`lifecycle-lab: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    }
  },
);
