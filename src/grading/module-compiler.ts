/** The CommonJS-style wrapper the learner's module runs in; it returns a promise when the module uses top-level await. */
export type ModuleFactory = (exports: object, require: (name: string) => unknown, module: object, console: object) => unknown;

/**
 * Turns the transpiled module into a callable factory. `headerLines` is how many lines the
 * compiler puts before the code, so stack positions can be placed in the learner's file.
 */
export interface ModuleCompiler {
  compile(code: string, sourceName: string): ModuleFactory;
  headerLines: number;
}

// Captured at load: the realm's lock-down later replaces the Function constructors.
const AsyncFunctionConstructor = (async () => undefined).constructor as FunctionConstructor;

/**
 * The default compiler: an async function, so a module may use top-level `await` (the
 * harness awaits the factory). The constructor puts two lines of its own before the body.
 */
export const functionCompiler: ModuleCompiler = {
  compile: (code, sourceName) =>
    new AsyncFunctionConstructor('exports', 'require', 'module', 'console', `${code}\n//# sourceURL=${sourceName}`) as ModuleFactory,
  headerLines: 2,
};
