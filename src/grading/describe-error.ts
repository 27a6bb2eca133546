import { bareList, getPrototypeOf, setPrototypeOf } from './captured-intrinsics.ts';
import { cutText } from './cut-text.ts';
import type { ErrorInfo } from './protocol.ts';

/** Longest error name and message carried out of the learner's realm. */
const NAME_LIMIT = 100;
const MESSAGE_LIMIT = 1000;

/** The standard error classes, captured before learner code can replace them. */
const ERROR_CLASSES: readonly (readonly [string, object])[] = [
  ['RangeError', RangeError.prototype],
  ['TypeError', TypeError.prototype],
  ['SyntaxError', SyntaxError.prototype],
  ['ReferenceError', ReferenceError.prototype],
  ['URIError', URIError.prototype],
  ['EvalError', EvalError.prototype],
  ['AggregateError', AggregateError.prototype],
  ['Error', Error.prototype],
];
const { exec } = RegExp.prototype;
const { apply } = Reflect;
const StringOf = String;
const NumberOf = Number;

/** The standard classes `value` is an instance of (walking its prototype chain with captured built-ins, indexed loops). */
function errorKinds(value: object): string[] {
  const kinds = bareList<string>();
  let prototype: unknown = getPrototypeOf(value);
  for (let depth = 0; prototype !== null && depth < 32; depth += 1) {
    for (let i = 0; i < ERROR_CLASSES.length; i += 1) {
      if (prototype === ERROR_CLASSES[i]![1]) kinds[kinds.length] = ERROR_CLASSES[i]![0];
    }
    prototype = getPrototypeOf(prototype as object);
  }
  return kinds;
}

/** The pattern that finds the first stack frame in `sourceName`; build it before learner code runs. */
export function framePattern(sourceName: string): RegExp {
  return new RegExp(`${sourceName.replace('.', '\\.')}:(\\d+):(\\d+)`);
}

/** Reads a property the learner's value may guard with a getter that throws or lies. */
function readString(value: object, key: 'name' | 'message' | 'stack'): string | undefined {
  try {
    const found = (value as Record<string, unknown>)[key];
    return typeof found === 'string' ? found : undefined;
  } catch {
    return undefined;
  }
}

function printable(value: unknown): string {
  try {
    return StringOf(value);
  } catch {
    return 'a value that cannot be printed';
  }
}

/**
 * Flattens a thrown value into plain data, never throwing whatever was thrown: a Proxy, an
 * object without a prototype, a getter that throws. Strings are capped (a 100-million
 * character message must not sink a report). `kinds` says which standard error classes
 * it really is an instance of, so a RangeError subclass with its own name counts as a
 * RangeError and a plain object named "RangeError" does not. The position is in the
 * transpiled code (line after the compiler's own header lines); the grader maps it back.
 */
export function describeError(error: unknown, frame: RegExp, headerLines: number): ErrorInfo {
  try {
    return describe(error, frame, headerLines);
  } catch {
    // Learner code replaced a built-in the description needs: still an answer, not a dead realm.
    return setPrototypeOf(
      { name: 'Error', message: 'threw a value that cannot be described', kinds: bareList<string>() },
      null,
    ) as ErrorInfo;
  }
}

function describe(error: unknown, framePattern: RegExp, headerLines: number): ErrorInfo {
  const info = setPrototypeOf({ name: 'Error', message: '', kinds: bareList<string>() }, null) as ErrorInfo & { kinds: string[] };
  if ((typeof error !== 'object' && typeof error !== 'function') || error === null) {
    info.message = cutText(`threw a non-Error value: ${printable(error)}`, MESSAGE_LIMIT);
    return info;
  }
  try {
    info.kinds = errorKinds(error);
  } catch {
    // A Proxy whose getPrototypeOf trap throws is no error class.
  }
  const message = readString(error, 'message');
  if (message === undefined) {
    info.message = cutText(`threw a non-Error value: ${printable(error)}`, MESSAGE_LIMIT);
    return info;
  }
  info.name = cutText(readString(error, 'name') ?? 'Error', NAME_LIMIT);
  info.message = cutText(message, MESSAGE_LIMIT);
  const stack = readString(error, 'stack');
  const frame = stack === undefined ? null : (apply(exec, framePattern, [stack]) as RegExpExecArray | null);
  if (frame) {
    info.line = NumberOf(frame[1]) - headerLines;
    info.column = NumberOf(frame[2]);
  }
  return info;
}
