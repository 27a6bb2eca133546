import type { GradeResult } from '../../grading/result.ts';

/**
 * `lifecycle-lab grade` runs its batch in a child "grading host" process, so that a
 * submission that aborts the whole Node process (some huge allocations do, despite
 * worker heap limits) costs that file, not the batch. These are the messages between the
 * command and its host.
 */

/** One learner file, already read by the command (the host never opens learner paths). */
export interface JobFile {
  index: number;
  file: string;
  source: string;
}

/** Command → host: one batch to grade. */
export interface GradeJob {
  root: string;
  exercise: string;
  files: JobFile[];
  seed: number;
  timeoutMs?: number;
  hidden: boolean;
  jobs: number;
  /** The learner threads' entry file, when the command has their bundle (thread-bundle.ts). */
  threadEntry?: string;
}

/** Host → command: progress per file, so the command knows what was in flight if the host dies. */
export type HostMessage =
  | { type: 'started'; index: number }
  | { type: 'result'; index: number; result: GradeResult }
  | { type: 'done' }
  | { type: 'failed'; message: string };
