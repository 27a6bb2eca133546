/**
 * Collects what the learner's code prints, capped, so that a million `console.log` calls
 * cost a counter increment each instead of a million strings.
 */

/** Most characters of output kept per call (and per check, on the grader's side). */
export const OUTPUT_LIMIT = 500;

function format(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return typeof value === 'object' && value !== null ? (JSON.stringify(value) ?? String(value)) : String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** A console replacement that writes into a capped buffer you can drain. */
export class ConsoleCapture {
  #text = '';
  #dropped = 0;

  #indent = '';
  readonly #counts = new Map<string, number>();
  readonly #timers = new Map<string, number>();

  /** Joins arguments the way console.log does (a loop, not map/join: learner code may have replaced Array.prototype methods). */
  #line(args: readonly unknown[], from = 0): string {
    let line = this.#indent;
    for (let i = from; i < args.length; i += 1) line += (i > from ? ' ' : '') + format(args[i]);
    return line;
  }

  /**
   * An object with console's methods, to install as the learner's `console`: the printing
   * ones, and count, time, assert and group, which write what the browser's console would.
   */
  readonly console = Object.freeze({
    ...Object.fromEntries(
      ['log', 'info', 'warn', 'error', 'debug', 'trace', 'table', 'dir'].map((method) => [
        method,
        (...args: unknown[]) => this.write(this.#line(args)),
      ]),
    ),
    count: (label: unknown = 'default') => {
      const key = String(label);
      const count = (this.#counts.get(key) ?? 0) + 1;
      this.#counts.set(key, count);
      this.write(`${this.#indent}${key}: ${count}`);
    },
    countReset: (label: unknown = 'default') => void this.#counts.delete(String(label)),
    time: (label: unknown = 'default') => void this.#timers.set(String(label), performance.now()),
    timeLog: (label: unknown = 'default', ...data: unknown[]) => this.#writeTime(String(label), false, data),
    timeEnd: (label: unknown = 'default') => this.#writeTime(String(label), true, []),
    assert: (condition?: unknown, ...data: unknown[]) => {
      if (!condition) this.write(`${this.#indent}Assertion failed${data.length > 0 ? `: ${this.#line(data).trimStart()}` : ''}`);
    },
    group: (...label: unknown[]) => {
      if (label.length > 0) this.write(this.#line(label));
      this.#indent += '  ';
    },
    groupCollapsed: (...label: unknown[]) => {
      if (label.length > 0) this.write(this.#line(label));
      this.#indent += '  ';
    },
    groupEnd: () => void (this.#indent = this.#indent.slice(2)),
  });

  #writeTime(label: string, end: boolean, data: readonly unknown[]): void {
    const started = this.#timers.get(label);
    if (started === undefined) {
      this.write(`${this.#indent}Timer '${label}' does not exist`);
      return;
    }
    if (end) this.#timers.delete(label);
    const extra = data.length > 0 ? ` ${this.#line(data).trimStart()}` : '';
    this.write(`${this.#indent}${label}: ${(performance.now() - started).toFixed(3)} ms${extra}`);
  }

  /** Appends one line, or counts it as dropped once the buffer is full. */
  write(line: string): void {
    if (this.#text.length >= OUTPUT_LIMIT) {
      this.#dropped += 1;
      return;
    }
    this.#text += `${line}\n`.slice(0, OUTPUT_LIMIT - this.#text.length);
  }

  /** Returns what was written since the last drain, noting how much was cut. */
  drain(): string {
    const note = this.#dropped > 0 ? `… (${this.#dropped} more lines not shown)\n` : '';
    const text = this.#text.length >= OUTPUT_LIMIT ? `${this.#text}…\n${note}` : this.#text + note;
    this.#text = '';
    this.#dropped = 0;
    return text;
  }
}
