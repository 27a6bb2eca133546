import vm from 'node:vm';
import type { ModuleCompiler, ModuleFactory } from '../../grading/learner-harness.ts';
import { lockDownRealm, lockProperty } from '../../grading/lock-down-realm.ts';

/**
 * What learner code can reach in a Node worker thread. Instructors run cohorts' files on
 * their own machines and in CI, so a submission must not read files or start processes:
 * on top of the shared lock-down (network, eval), `process` becomes a stub that keeps
 * only the clock TF.js times itself with. The learner's module is compiled with vm,
 * which needs no eval and allows no dynamic import().
 */

/** Compiles with vm: no eval involved; the wrapper has a line of its own, so columns are the code's own. */
export const vmCompiler: ModuleCompiler = {
  compile: (code, sourceName) =>
    vm.runInThisContext(`(function (exports, require, module, console) {\n${code}\n})`, { filename: sourceName }) as ModuleFactory,
  headerLines: 1,
};

/** Call once TF.js and the harness are loaded, before any learner code runs. */
export function lockDownThread(): void {
  const hrtime = process.hrtime.bind(process);
  const clock = Object.assign((previous?: [number, number]) => hrtime(previous), { bigint: process.hrtime.bigint.bind(process.hrtime) });
  lockProperty(
    globalThis,
    'process',
    Object.freeze({ hrtime: clock, env: Object.freeze({}), platform: process.platform, versions: Object.freeze({ ...process.versions }) }),
  );
  lockDownRealm();
}
