import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gradeSubmission } from '../grading/grade-submission.ts';
import type { GradeJob, HostMessage } from '../grading/protocol.ts';
import { errorResult } from '../grading/result.ts';
import { parseProgressFile } from '../exercises/progress-file.ts';
import { nodeGradingEnvironment } from './grading-environment.ts';
import { loadExercise } from './load-exercise.ts';
import { runPool } from './run-pool.ts';

/**
 * The learner's code in `file`: a .ts file as it is, or the exercise's entry in a progress
 * file exported from the site (.json). A file that cannot be used explains why.
 */
export function readSubmission(file: string, exercise: string): { source: string } | { problem: string } {
  const text = readFileSync(resolve(file), 'utf8');
  if (!file.endsWith('.json')) return { source: text };
  const parsed = parseProgressFile(text);
  if (!parsed.ok) return { problem: parsed.message };
  const entry = parsed.progress.exercises[exercise];
  return entry ? { source: entry.code } : { problem: `the progress file has no code for exercise "${exercise}"` };
}

/** Grades a job's files in worker threads (`jobs` at a time), reporting each start and result. */
export async function gradeFiles(job: GradeJob, report: (message: HostMessage) => void): Promise<void> {
  const exercise = await loadExercise(job.root, job.exercise);
  const environment = await nodeGradingEnvironment(job.jobs);
  try {
    await runPool(job.files, job.jobs, async ({ index, file }) => {
      report({ type: 'started', index });
      const submission = readSubmission(file, job.exercise);
      const result =
        'problem' in submission
          ? errorResult({ exercise: job.exercise, file, seed: job.seed, backend: environment.tf.getBackend() }, submission.problem)
          : await gradeSubmission({
              exercise: job.exercise,
              file,
              source: submission.source,
              checks: exercise.checks,
              ...(job.hidden ? { hiddenChecks: exercise.hiddenChecks } : {}),
              reference: exercise.reference,
              tf: environment.tf,
              seed: job.seed,
              openRealm: environment.openRealm,
              now: environment.now,
              limits: {
                ...(exercise.metadata.timeLimitMs ? { runMs: exercise.metadata.timeLimitMs } : {}),
                // --timeout is per check (and for loading); the whole run gets one such slice per check.
                ...(job.timeoutMs ? { loadMs: job.timeoutMs, callMs: job.timeoutMs, runMs: job.timeoutMs * (exercise.checks.checks.length + 1) } : {}),
              },
            });
      report({ type: 'result', index, result });
    });
  } finally {
    environment.close();
  }
}
