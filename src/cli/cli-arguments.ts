import { parseArgs } from 'node:util';
import { availableParallelism } from 'node:os';

/** Output formats every command understands. */
export type Format = 'text' | 'json' | 'junit';

/** A parsed command line. */
export type Command =
  | { command: 'list'; format: Format }
  | { command: 'verify'; exercises: string[]; format: Format; jobs: number; shard: Shard; seed: number | undefined; seeds: number }
  | {
      command: 'grade';
      exercise: string;
      files: string[];
      format: Format;
      out: string | undefined;
      seed: number | undefined;
      timeoutMs: number | undefined;
      jobs: number;
      shard: Shard;
      hidden: boolean;
    };

/** Take every `count`-th item starting at `index` (1-based), so CI matrices can split work. */
export interface Shard {
  index: number;
  count: number;
}

/** A mistake on the command line: exit code 2 with this one-line message. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const USAGE = `usage:
  lifecycle-lab list [--format text|json]
  lifecycle-lab verify [--exercise ID]... [--format text|json|junit] [--jobs N] [--shard I/N]
                       [--seed N] [--seeds N]
  lifecycle-lab grade --exercise ID FILE... [--format text|json|junit] [--out PATH]
                      [--seed N] [--timeout MS] [--jobs N] [--shard I/N] [--hidden]
  lifecycle-lab new exercise ID --stage N --lesson SLUG
  lifecycle-lab new lesson SLUG --stage N [--title T]
  lifecycle-lab report FILE... [--format text|json|html] [--out PATH]
                       (FILE: what grade --format json wrote; several shards merge)`;

const positiveInt = (flag: string, text: string | undefined, fallback: number): number => {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new UsageError(`${flag} needs a whole number of at least 1, not "${text}"`);
  return value;
};

function parseShard(text: string | undefined): Shard {
  if (text === undefined) return { index: 1, count: 1 };
  const match = /^(\d+)\/(\d+)$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) throw new UsageError(`--shard needs I/N with 1 ≤ I ≤ N, e.g. 2/4, not "${text}"`);
  return { index, count };
}

function parseFormat(text: string | undefined, allowed: readonly Format[]): Format {
  const format = (text ?? 'text') as Format;
  if (!allowed.includes(format)) throw new UsageError(`--format must be one of ${allowed.join(', ')}, not "${text}"`);
  return format;
}

/** Parses argv (without node and the script), throwing UsageError with a helpful line. */
export function parseCommandLine(argv: string[]): Command {
  const [command, ...rest] = argv;
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        exercise: { type: 'string', multiple: true },
        format: { type: 'string' },
        out: { type: 'string' },
        seed: { type: 'string' },
        timeout: { type: 'string' },
        jobs: { type: 'string' },
        shard: { type: 'string' },
        seeds: { type: 'string' },
        hidden: { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]} (run lifecycle-lab --help)`);
  }
  const { values, positionals } = parsed;
  const jobs = positiveInt('--jobs', values.jobs, availableParallelism());
  const seed = values.seed === undefined ? undefined : Number(values.seed);
  if (seed !== undefined && (!Number.isInteger(seed) || seed < 0))
    throw new UsageError(`--seed needs a whole number ≥ 0, not "${values.seed}"`);
  if (command === 'list') return { command, format: parseFormat(values.format, ['text', 'json']) };
  if (command === 'verify') {
    if (positionals.length > 0) throw new UsageError(`verify takes no files (got "${positionals[0]}"); use grade to grade files`);
    return {
      command,
      exercises: values.exercise ?? [],
      format: parseFormat(values.format, ['text', 'json', 'junit']),
      jobs,
      shard: parseShard(values.shard),
      seed,
      seeds: positiveInt('--seeds', values.seeds, 1),
    };
  }
  if (command === 'grade') {
    const exercises = values.exercise ?? [];
    if (exercises.length !== 1) throw new UsageError('grade needs exactly one --exercise ID (see lifecycle-lab list)');
    if (positionals.length === 0) throw new UsageError('grade needs at least one FILE to grade');
    return {
      command,
      exercise: exercises[0]!,
      files: positionals,
      format: parseFormat(values.format, ['text', 'json', 'junit']),
      out: values.out,
      seed,
      timeoutMs: values.timeout === undefined ? undefined : positiveInt('--timeout', values.timeout, 1),
      jobs,
      shard: parseShard(values.shard),
      hidden: values.hidden ?? false,
    };
  }
  throw new UsageError(
    command
      ? `unknown command "${command}"; use list, verify, grade, new or report`
      : 'no command given; use list, verify, grade, new or report',
  );
}

/** The items of `list` that belong to `shard`. */
export const inShard = <T>(list: readonly T[], { index, count }: Shard): T[] => list.filter((_, i) => i % count === index - 1);
