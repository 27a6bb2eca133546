import { CallTimedOut, CheckFailed, type CallOptions, type CheckDefinition } from './check-kit.ts';
import { cutText } from './cut-text.ts';
import type { GradableExercise, SourceFile } from './gradable-exercise.ts';
import { gradeLimits, type GradeLimits } from './grade-limits.ts';
import type { GradingEnvironment } from './grading-environment.ts';
import { LearnerSession } from './learner-session.ts';
import { OUTPUT_LIMIT } from './console-capture.ts';
import type { ArgSpec } from './protocol.ts';
import { normalisePlot, PLOTS_PER_CHECK, type Plot } from './plot.ts';
import { errorResult, GRADER_VERSION, RESULT_VERSION, roundMs, type CheckResult, type GradeResult } from './result.ts';
import { deriveSeed, SeededRandom } from './seeded-random.ts';
import { transpileSubmission } from './transpile.ts';

/** How one file is graded: the seed its data comes from, and what a caller adds. */
export interface GradeOptions {
  seed: number;
  /** Also run the exercise's hidden checks (reported with `hidden: true`). */
  hidden?: boolean;
  /** A per-call limit (the CLI's `--timeout`); see gradeLimits. */
  callTimeoutMs?: number | undefined;
  /**
   * Called while a check runs with what the learner's code reports through `report(step,
   * loss)` (streamed, at most every ~50 ms): the widget shows it as progress. It changes no
   * verdict; the reports a check keeps come back in the call's outcome.
   */
  onProgress?: ((progress: GradeProgress) => void) | undefined;
}

/** Progress of a running check, from the learner's `report(step, loss)` calls. */
export interface GradeProgress {
  /** The id of the check that is running. */
  check: string;
  step: number;
  loss: number;
  /** How many reports the current call has made so far. */
  count: number;
}

/**
 * Grades one submission: transpiles it, loads it into a fresh learner realm, runs every
 * check, and assembles the result. Pure orchestration: the environment supplies TF.js,
 * the realm factory and the clock. `error` is reserved for "nothing could run"; a check
 * that throws unexpectedly is that check's error and the rest still run.
 */
export async function gradeSubmission<Reference>(
  environment: GradingEnvironment,
  exercise: GradableExercise<Reference>,
  submission: SourceFile,
  options: GradeOptions,
): Promise<GradeResult> {
  const all = [
    ...exercise.checks.checks.map((check) => ({ check, hidden: false })),
    ...(options.hidden ? exercise.hiddenChecks : []).map((check) => ({ check, hidden: true })),
  ];
  const limits = gradeLimits(exercise.timeLimitMs, options.callTimeoutMs, all.length);
  const started = environment.now();
  const subject = { exercise: exercise.id, file: submission.file, seed: options.seed, backend: environment.tf.getBackend() };
  const base = { version: RESULT_VERSION, ...subject, grader_version: GRADER_VERSION, duration_ms: 0 } as const;
  const finish = (result: GradeResult): GradeResult => ({ ...result, duration_ms: roundMs(environment.now() - started) });

  if (submission.source.trim() === '') {
    const tests = all.map(({ check, hidden }) => ({
      id: check.id,
      name: check.name,
      status: 'fail' as const,
      message: 'nothing to grade yet: the file is empty',
      hidden,
      duration_ms: 0,
    }));
    return finish({ ...base, status: 'fail', tests });
  }

  const transpiled = transpileSubmission(submission.source);
  if (!transpiled.ok) return finish(errorResult(subject, transpiled.message));

  const session = new LearnerSession(
    environment.openRealm,
    transpiled,
    [exercise.checks.exportName, ...(exercise.checks.otherExports ?? [])],
    limits.loadMs,
  );
  try {
    const loaded = await session.load();
    if (!loaded.ok) return finish(errorResult(subject, loaded.message));

    const run = { environment, reference: exercise.reference, seed: options.seed, session, limits, deadline: started + limits.runMs };
    const tests: CheckResult[] = [];
    const { onProgress } = options;
    for (const { check, hidden } of all) {
      session.progress = onProgress ? (progress) => onProgress({ check: check.id, ...progress }) : undefined;
      tests.push(await runCheck(check, hidden, run));
    }
    session.progress = undefined;
    const status = tests.every((test) => test.status === 'pass') ? 'pass' : 'fail';
    return finish({ ...base, status, tests });
  } finally {
    session.close();
  }
}

/** What every check of one run shares. */
interface RunState<Reference> {
  environment: GradingEnvironment;
  reference: Reference;
  seed: number;
  session: LearnerSession;
  limits: GradeLimits;
  deadline: number;
}

async function runCheck<Reference>(check: CheckDefinition<Reference>, hidden: boolean, run: RunState<Reference>): Promise<CheckResult> {
  const { environment, session, limits, deadline } = run;
  const started = environment.now();
  const base = { id: check.id, name: check.name, hidden };
  if (started >= deadline) {
    return { ...base, status: 'timeout', message: `not run: the whole run's time limit (${limits.runMs} ms) was used up`, duration_ms: 0 };
  }
  let output = '';
  const plots: Plot[] = [];
  const callMany = async (argLists: ArgSpec[][], options: CallOptions = {}) => {
    const budget = Math.max(1, Math.min(limits.callMs, deadline - environment.now()));
    const outcomes = await session.call(argLists, budget, options.statistical ?? false, options.exportName);
    for (const outcome of outcomes) if (output.length <= OUTPUT_LIMIT) output += outcome.output;
    return outcomes;
  };
  const seed = deriveSeed(run.seed, check.id);
  const context = {
    seed,
    random: new SeededRandom(seed),
    reference: run.reference,
    tf: environment.tf,
    callMany,
    call: async (...args: ArgSpec[]) => (await callMany([args]))[0]!,
    callExport: async (exportName: string, ...args: ArgSpec[]) => (await callMany([args], { exportName }))[0]!,
    plot: (plot: Plot) => {
      if (plots.length >= PLOTS_PER_CHECK) throw new Error(`a check may attach at most ${PLOTS_PER_CHECK} plots`);
      plots.push(normalisePlot(plot));
    },
  };
  const verdict = await Promise.resolve()
    .then(() => check.run(context))
    .then(
      () => ({ status: 'pass' as const }),
      (error: unknown) => {
        if (error instanceof CheckFailed) {
          return {
            status: 'fail' as const,
            message: error.message,
            ...(error.expected === undefined ? {} : { expected: error.expected }),
            ...(error.actual === undefined ? {} : { actual: error.actual }),
          };
        }
        if (error instanceof CallTimedOut) return { status: 'timeout' as const, message: error.message };
        return { status: 'error' as const, message: describeCheckBug(error) };
      },
    );
  return {
    ...base,
    ...verdict,
    ...(output ? { output: cutText(output, OUTPUT_LIMIT) } : {}),
    // Kept whatever the verdict: a failing check's plot shows what went wrong.
    ...(plots.length > 0 ? { plots } : {}),
    duration_ms: roundMs(environment.now() - started),
  };
}

/**
 * A check that throws something other than `fail` has a bug: the message says so and,
 * where the stack allows, names the check file's line, so the instructor is pointed at
 * checks.ts and not at the learner.
 */
function describeCheckBug(error: unknown): string {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const stack = error instanceof Error ? String(error.stack) : '';
  // The first frame in the exercise's folder: checks.ts, hidden-checks.ts or a helper beside them.
  const frame = /(content\/exercises\/[^\s():]+\.ts):(\d+):(\d+)/.exec(stack);
  return frame ? `the check itself failed (${message}) at ${frame[1]}:${frame[2]}:${frame[3]}` : `the check itself failed: ${message}`;
}
