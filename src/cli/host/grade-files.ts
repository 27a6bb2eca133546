import { createGrader } from '../../grading/grader.ts';
import { errorResult } from '../../grading/result.ts';
import { parseProgressFile } from '../../exercises/progress-file.ts';
import { readExerciseFolder } from '../../exercises/exercise-folder.ts';
import { loadExercise } from '../../exercises/load-exercise.ts';
import { nodeGradingEnvironment } from '../node-grading-environment.ts';
import { runPool } from '../run-pool.ts';
import type { GradeJob, HostMessage, JobFile } from './host-protocol.ts';

/**
 * The learner's code in a job file: a .ts file as it is, or the exercise's entry in a
 * progress file exported from the site (.json). A file that cannot be used explains why.
 */
function submissionSource(file: JobFile, exercise: string): { source: string } | { problem: string } {
  if (!file.file.endsWith('.json')) return { source: file.source };
  const parsed = parseProgressFile(file.source);
  if (!parsed.ok) return { problem: parsed.message };
  const entry = parsed.progress.exercises[exercise];
  return entry ? { source: entry.code } : { problem: `the progress file has no code for exercise "${exercise}"` };
}

/** Grades a job's files in worker threads (`jobs` at a time), reporting each start and result. */
export async function gradeFiles(job: GradeJob, report: (message: HostMessage) => void): Promise<void> {
  // Every file of a batch answers the same exercise: if its solution needs TF.js, theirs will too.
  const { solution } = readExerciseFolder(job.root, job.exercise);
  // Started before the exercise is loaded, so the first threads warm meanwhile.
  const environment = await nodeGradingEnvironment(job.jobs, {
    preloadTf: solution.source.includes('@tensorflow/tfjs'),
    opens: job.files.length,
    ...(job.threadEntry ? { entry: job.threadEntry } : {}),
  });
  try {
    const exercise = await loadExercise(job.root, job.exercise);
    const grader = createGrader(environment);
    await runPool(job.files, job.jobs, async (file) => {
      report({ type: 'started', index: file.index });
      const submission = submissionSource(file, job.exercise);
      const result =
        'problem' in submission
          ? errorResult(
              { exercise: job.exercise, file: file.file, seed: job.seed, backend: environment.tf.getBackend() },
              submission.problem,
            )
          : await grader.grade(
              exercise,
              { file: file.file, source: submission.source },
              { seed: job.seed, hidden: job.hidden, callTimeoutMs: job.timeoutMs },
            );
      report({ type: 'result', index: file.index, result });
    });
  } finally {
    environment.close();
  }
}
