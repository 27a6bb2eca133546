import { fork, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { COMPILE_CACHE } from './compile-cache.ts';
import { YOUNG_GENERATION_FLAG } from './young-generation.ts';

const HOST_ENTRY = fileURLToPath(new URL('./host/grading-host.ts', import.meta.url));
/** This package's root: the grader's own code and node_modules. */
const PACKAGE_ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** util-linux's prlimit, on every Debian and most Linux systems. */
const PRLIMIT = ['/usr/bin/prlimit', '/bin/prlimit'].find((path) => existsSync(path));
/**
 * Data segment the host may map (RLIMIT_DATA counts reserved writable memory, not only
 * what is touched: a host with four TF.js threads maps about 2.9 GB to use 220 MB): 2 GiB
 * for itself, and 1 GiB for each learner thread alive at once (one working and one warming
 * per job). Generous for any honest submission; 8 GB of typed arrays is refused.
 */
const GIB = 1024 ** 3;
const dataLimit = (jobs: number) => (2 + 2 * jobs) * GIB;

/**
 * The host runs under Node's permission model, a second wall behind the learner realm's
 * own locks: it may read the grader's code, its dependencies and the course's exercises,
 * start worker threads, and write only Node's compile cache. It cannot read anything
 * else (learner files are read by the command and sent over IPC), write elsewhere, start
 * processes, or load native addons.
 */
function permissions(root: string): string[] {
  mkdirSync(COMPILE_CACHE, { recursive: true });
  const readable = [...new Set([root, PACKAGE_ROOT, COMPILE_CACHE].map((path) => realpathSync(path)))];
  return [
    '--permission',
    '--allow-worker',
    ...readable.map((path) => `--allow-fs-read=${path}`),
    `--allow-fs-write=${realpathSync(COMPILE_CACHE)}`,
  ];
}

/**
 * Starts a grading host for a course at `root` with `jobs` learner threads. A thread's heap
 * limit does not cover typed arrays (their memory lives outside the heap), so where
 * prlimit exists the host also gets a data limit (RLIMIT_DATA): a submission that fills
 * gigabytes of Float64Arrays gets "Array buffer allocation failed", or at worst takes the
 * host down, which the supervisor charges to that file alone.
 */
export function startHost(root: string, jobs: number): ChildProcess {
  const execArgv = [...process.execArgv, YOUNG_GENERATION_FLAG, ...permissions(root)];
  const options = { serialization: 'advanced' as const, stdio: ['ignore', 'ignore', 'pipe', 'ipc'] as ('ignore' | 'pipe' | 'ipc')[] };
  if (!PRLIMIT) return fork(HOST_ENTRY, [], { ...options, execArgv });
  return spawn(PRLIMIT, [`--data=${dataLimit(jobs)}`, process.execPath, ...execArgv, HOST_ENTRY], options);
}
