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

  /** An object with console's printing methods, to install as the learner's `console`. */
  readonly console = Object.freeze(
    Object.fromEntries(
      ['log', 'info', 'warn', 'error', 'debug', 'trace', 'table', 'dir'].map((method) => [
        method,
        (...args: unknown[]) => {
          // A loop, not map/join: learner code may have replaced Array.prototype methods.
          let line = '';
          for (let i = 0; i < args.length; i += 1) line += (i > 0 ? ' ' : '') + format(args[i]);
          this.write(line);
        },
      ]),
    ),
  );

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
