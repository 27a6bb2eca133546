/**
 * Collects what the learner's code prints, capped, so that a million `console.log` calls
 * cost a counter increment each instead of a million strings.
 */

/** Most characters of output kept per call (and per check, on the grader's side). */
export const OUTPUT_LIMIT = 500;

function format(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return typeof value === 'object' && value !== null ? JSON.stringify(value) ?? String(value) : String(value);
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
        (...args: unknown[]) => this.write(args.map(format).join(' ')),
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
