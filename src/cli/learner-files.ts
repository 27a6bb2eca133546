import { closeSync, constants, fstatSync, globSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from './cli-arguments.ts';

/** Largest learner file read: a .ts file is capped far lower by the grader; a progress file holds every exercise. */
const MAX_LEARNER_FILE_BYTES = 4 * 1024 * 1024;

const GRADABLE = /\.(ts|json)$/;
const GLOB = /[*?[\]{}]/;

/**
 * The files `grade` was given, expanded: a directory means the .ts and .json files in it
 * (sorted, not recursive), a quoted glob is expanded here (shells expand unquoted ones).
 * A name that matches nothing is a usage error, before anything is graded.
 */
export function expandLearnerFiles(args: readonly string[]): string[] {
  const files: string[] = [];
  for (const arg of args) {
    let stat;
    try {
      stat = statSync(arg);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) {
      const inside = readdirSync(arg)
        .filter((name) => GRADABLE.test(name))
        .sort();
      if (inside.length === 0) throw new UsageError(`${arg} is a directory with no .ts or .json files to grade`);
      files.push(...inside.map((name) => join(arg, name)));
    } else if (stat) {
      files.push(arg);
    } else if (GLOB.test(arg)) {
      const matched = globSync(arg).sort();
      if (matched.length === 0) throw new UsageError(`no files match ${arg}`);
      files.push(...matched);
    } else {
      throw new UsageError(`no such file: ${arg}`);
    }
  }
  return files;
}

/**
 * Reads one learner file, or says why it will not be read: only a regular file (a link
 * is followed, and must end at one) of at most MAX_LEARNER_FILE_BYTES. The checks are made
 * on the open file, so a file swapped for /dev/zero after the check is still refused.
 */
export function readLearnerFile(file: string): { source: string } | { problem: string } {
  let fd: number;
  try {
    // Non-blocking: opening a named pipe for reading would otherwise wait for a writer forever.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { problem: `could not open the file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile())
      return { problem: `not a regular file (${stat.isDirectory() ? 'a directory' : 'a device, pipe or socket'}); only files are graded` };
    if (stat.size > MAX_LEARNER_FILE_BYTES)
      return {
        problem: `the file is ${Math.round(stat.size / 1024)} KB; files over ${MAX_LEARNER_FILE_BYTES / 1024 / 1024} MB are not graded`,
      };
    // Read at most one byte past the limit, whatever the size said: the file may be growing.
    const buffer = Buffer.alloc(Math.min(stat.size, MAX_LEARNER_FILE_BYTES) + 1);
    let length = 0;
    for (let n = 1; n > 0 && length < buffer.length; length += n) n = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > MAX_LEARNER_FILE_BYTES)
      return { problem: `the file grew past ${MAX_LEARNER_FILE_BYTES / 1024 / 1024} MB while it was read` };
    return { source: buffer.subarray(0, length).toString('utf8') };
  } finally {
    closeSync(fd);
  }
}
