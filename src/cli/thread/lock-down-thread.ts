import vm from 'node:vm';
import { lockProperty } from '../../grading/captured-intrinsics.ts';
import { lockDownRealm } from '../../grading/lock-down-realm.ts';
import type { ModuleCompiler, ModuleFactory } from '../../grading/module-compiler.ts';

/**
 * What learner code can reach in a Node worker thread. Instructors run cohorts' files on
 * their own machines and in CI, so a submission must not read files or start processes:
 * on top of the shared lock-down (network, storage, other realms, eval), `process` becomes
 * a stub that keeps only the clock TF.js times itself with, and Node's message ports are
 * out of reach. The learner's module is compiled with vm, which needs no eval and allows
 * no dynamic import(); TF.js comes without its file-reading parts (learner-tf.ts); and the
 * whole grading process runs under Node's permission model (supervise-grading.ts).
 */

/** Compiles with vm as an async function (top-level await); the wrapper has a line of its own, so columns are the code's own. */
export const vmCompiler: ModuleCompiler = {
  compile: (code, sourceName) =>
    vm.runInThisContext(`(async function (exports, require, module, console) {\n${code}\n})`, { filename: sourceName }) as ModuleFactory,
  headerLines: 1,
};

const PORT_GLOBALS = ['MessageChannel', 'MessagePort', 'MessageEvent'];

/** Call once TF.js and the harness are loaded, before any learner code runs. */
export function lockDownThread(): void {
  const hrtime = process.hrtime.bind(process);
  const clock = Object.assign((previous?: [number, number]) => hrtime(previous), { bigint: process.hrtime.bigint.bind(process.hrtime) });
  lockProperty(
    globalThis,
    'process',
    // Without a prototype: a property planted on Object.prototype (process.version, say) must not appear on it.
    Object.freeze(
      Object.assign(Object.create(null), {
        hrtime: clock,
        env: Object.freeze(Object.create(null)),
        platform: process.platform,
        versions: Object.freeze(Object.assign(Object.create(null), process.versions)),
      }),
    ),
  );
  for (const name of PORT_GLOBALS) {
    // Deleted first: redefining Node's lazy MessageEvent in place builds it, loading all of
    // undici (50–80 ms of every fresh thread); the locked property ends up the same.
    delete (globalThis as Record<string, unknown>)[name];
    lockProperty(globalThis, name, () => {
      throw new Error(`${name} is not available: exercises run without other workers`);
    });
  }
  lockDownRealm();
}
