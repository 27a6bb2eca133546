import type * as TF from '@tensorflow/tfjs';
import { CallTimedOut, CheckFailed, type CheckDefinition, type ExerciseChecks } from './check-kit.ts';
import { OUTPUT_LIMIT } from './console-capture.ts';
import { LearnerSession, type OpenRealm } from './learner-session.ts';
import type { ArgSpec } from './protocol.ts';
import { errorResult, GRADER_VERSION, RESULT_VERSION, roundMs, type CheckResult, type GradeResult } from './result.ts';
import { deriveSeed, SeededRandom } from './seeded-random.ts';
import { transpileSubmission } from './transpile.ts';

/** Time limits for one graded file. */
export interface GradeLimits {
  /** Loading the module (top-level code). */
  loadMs: number;
  /** One round trip of calls. */
  callMs: number;
  /** Everything together; checks left when it runs out are reported as timed out. */
  runMs: number;
}

/** The seed the browser and a plain `grade` use, so their verdicts agree. */
export const DEFAULT_SEED = 1234;

export const DEFAULT_LIMITS: GradeLimits = { loadMs: 5000, callMs: 3000, runMs: 10_000 };

export interface GradeRequest<Reference> {
  exercise: string;
  file: string;
  source: string;
  checks: ExerciseChecks<Reference>;
  /** Checks only an instructor runs (`grade --hidden`); reported with `hidden: true`. */
  hiddenChecks?: ExerciseChecks<Reference>['checks'];
  reference: Reference;
  tf: typeof TF;
  seed: number;
  openRealm: OpenRealm;
  limits?: Partial<GradeLimits>;
  /** A clock (performance.now in both environments). */
  now: () => number;
}

const cut = (text: string) => (text.length > OUTPUT_LIMIT ? `${text.slice(0, OUTPUT_LIMIT)}… (cut to ${OUTPUT_LIMIT} characters)` : text);


/**
 * Grades one submission: transpiles it, loads it into a fresh learner realm, runs every
 * check, and assembles the result. Pure orchestration: the environment supplies TF.js,
 * the realm factory and the clock. `error` is reserved for "nothing could run"; a check
 * that throws unexpectedly is that check's error and the rest still run.
 */
export async function gradeSubmission<Reference>(request: GradeRequest<Reference>): Promise<GradeResult> {
  const limits = { ...DEFAULT_LIMITS, ...request.limits };
  const started = request.now();
  const subject = { exercise: request.exercise, file: request.file, seed: request.seed, backend: request.tf.getBackend() };
  const base = { version: RESULT_VERSION, ...subject, grader_version: GRADER_VERSION, duration_ms: 0 } as const;
  const finish = (result: GradeResult): GradeResult => ({ ...result, duration_ms: roundMs(request.now() - started) });
  const all = [
    ...request.checks.checks.map((check) => ({ check, hidden: false })),
    ...(request.hiddenChecks ?? []).map((check) => ({ check, hidden: true })),
  ];

  if (request.source.trim() === '') {
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

  const transpiled = transpileSubmission(request.source);
  if (!transpiled.ok) return finish(errorResult(subject, transpiled.message));

  const session = new LearnerSession(request.openRealm, transpiled.code, request.checks.exportName, limits.loadMs);
  try {
    const loaded = await session.load();
    if (!loaded.ok) return finish(errorResult(subject, loaded.message));

    const deadline = started + limits.runMs;
    const tests: CheckResult[] = [];
    for (const { check, hidden } of all) {
      tests.push(await runCheck(check, hidden, request, session, limits, deadline));
    }
    const status = tests.every((test) => test.status === 'pass') ? 'pass' : 'fail';
    return finish({ ...base, status, tests });
  } finally {
    session.close();
  }
}

async function runCheck<Reference>(
  check: CheckDefinition<Reference>,
  hidden: boolean,
  request: GradeRequest<Reference>,
  session: LearnerSession,
  limits: GradeLimits,
  deadline: number,
): Promise<CheckResult> {
  const started = request.now();
  const base = { id: check.id, name: check.name, hidden };
  if (started >= deadline) {
    return { ...base, status: 'timeout', message: `not run: the whole run's time limit (${limits.runMs} ms) was used up`, duration_ms: 0 };
  }
  let output = '';
  const callMany = async (argLists: ArgSpec[][], options: { statistical?: boolean } = {}) => {
    const budget = Math.max(1, Math.min(limits.callMs, deadline - request.now()));
    const outcomes = await session.call(argLists, budget, options.statistical ?? false);
    output += outcomes.map((outcome) => outcome.output).join('');
    return outcomes;
  };
  const seed = deriveSeed(request.seed, check.id);
  const context = {
    seed,
    random: new SeededRandom(seed),
    reference: request.reference,
    tf: request.tf,
    callMany,
    call: async (...args: ArgSpec[]) => (await callMany([args]))[0]!,
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
        return { status: 'error' as const, message: error instanceof Error ? error.message : String(error) };
      },
    );
  return {
    ...base,
    ...verdict,
    ...(output ? { output: cut(output) } : {}),
    duration_ms: roundMs(request.now() - started),
  };
}
