import { startHost } from './start-host.ts';
import { errorResult, type GradeResult } from '../grading/result.ts';
import { GRADING_BACKEND } from '../grading/tf-backend.ts';
import type { GradeJob, HostMessage } from './host/host-protocol.ts';

/** What one host run produced before it finished or died. */
interface HostRun {
  results: Map<number, GradeResult>;
  inFlight: Set<number>;
  /** Why the host ended without finishing; undefined when it finished. */
  died?: string;
  /** A failure of the grader itself (exercise could not load): not any file's fault. */
  failed?: string;
}

function runHost(job: GradeJob): Promise<HostRun> {
  return new Promise((resolve) => {
    const run: HostRun = { results: new Map(), inFlight: new Set() };
    let finished = false;
    const host = startHost(job.root, job.jobs);
    let stderr = '';
    host.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-2000);
    });
    host.on('message', (message: HostMessage) => {
      if (message.type === 'started') run.inFlight.add(message.index);
      if (message.type === 'result') {
        run.inFlight.delete(message.index);
        run.results.set(message.index, message.result);
      }
      if (message.type === 'failed') run.failed = message.message;
      if (message.type === 'done' || message.type === 'failed') finished = true;
    });
    host.on('exit', (code, signal) => {
      if (!finished) {
        // V8 ends a process it cannot give memory to with SIGTRAP (or a fatal "out of memory" line).
        const oom = signal === 'SIGTRAP' || /out of memory|Allocation failed/i.test(stderr);
        run.died = oom
          ? 'it ran out of memory and took the grading process down with it'
          : `the grading process stopped (${signal ?? `exit code ${code}`})`;
      }
      resolve(run);
    });
    host.send(job);
  });
}

/**
 * Grades a job in a child process and survives its death: if the host dies, the file in
 * flight gets an error result and the rest are graded by a new host; if several were in
 * flight, they are retried one at a time to find the one at fault.
 */
export async function superviseGrading(job: GradeJob): Promise<GradeResult[]> {
  if (job.files.length === 0) return [];
  const results = new Map<number, GradeResult>();
  let pending = job.files;
  let alone = false;
  while (pending.length > 0) {
    const run = await runHost({ ...job, files: pending, jobs: alone ? 1 : job.jobs });
    if (run.failed) throw new Error(run.failed);
    for (const [index, result] of run.results) results.set(index, result);
    if (!run.died) break;
    if (run.inFlight.size === 1 || (alone && run.inFlight.size > 0)) {
      for (const index of run.inFlight) {
        const file = job.files.find((entry) => entry.index === index)!.file;
        const subject = { exercise: job.exercise, file, seed: job.seed, backend: GRADING_BACKEND };
        results.set(index, errorResult(subject, `grading this file stopped the grader: ${run.died}`));
      }
      alone = false;
    } else {
      // Several files were in flight: grade them alone, so only the culprit is blamed.
      alone = run.inFlight.size > 1;
    }
    const done = new Set(results.keys());
    pending = job.files.filter((entry) => !done.has(entry.index));
    if (run.inFlight.size === 0 && run.results.size === 0) throw new Error(`the grading process could not start: ${run.died}`);
  }
  return job.files.map((entry) => results.get(entry.index)!);
}
