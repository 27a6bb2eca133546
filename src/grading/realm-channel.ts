import { isLearnerMessage, type GraderMessage } from './protocol.ts';
import type { LearnerRealm, RealmReply } from './learner-session.ts';

/** The environment's handle on a learner realm: a Web Worker or a worker thread. */
export interface RealmTransport {
  send(message: GraderMessage): void;
  terminate(): void;
}

/**
 * Request/response over a learner realm, shared by the browser's Web Worker and Node's
 * worker thread: one request in flight, answered by the realm's next protocol message,
 * by its death, or by a timeout that also terminates it. The environment feeds incoming
 * messages to `receive` and fatal errors to `die`.
 */
export class RealmChannel implements LearnerRealm {
  readonly ready: Promise<void>;
  readonly #transport: RealmTransport;
  #pending: ((reply: RealmReply) => void) | undefined;
  #dead: string | undefined;

  constructor(transport: RealmTransport, ready: Promise<void>) {
    this.#transport = transport;
    this.ready = ready;
    // A realm that never starts is reported by `request`, not as an unhandled rejection.
    ready.catch(() => undefined);
  }

  /** A message from the realm; anything not in the protocol (or `ready`) is ignored. */
  receive(message: unknown): void {
    if (isLearnerMessage(message) && message.type !== 'ready') this.#settle({ kind: 'message', message });
  }

  /** The realm died; the request in flight, and any later one, get this reason. */
  die(reason: string): void {
    this.#dead ??= reason;
    this.#settle({ kind: 'crashed', message: this.#dead });
  }

  #settle(reply: RealmReply): void {
    const pending = this.#pending;
    this.#pending = undefined;
    pending?.(reply);
  }

  async request(message: GraderMessage, timeoutMs: number): Promise<RealmReply> {
    try {
      await this.ready;
    } catch (error) {
      return { kind: 'crashed', message: error instanceof Error ? error.message : String(error) };
    }
    if (this.#dead) return { kind: 'crashed', message: this.#dead };
    return new Promise<RealmReply>((resolve) => {
      const timer = setTimeout(() => {
        this.#settle({ kind: 'timeout' });
        this.dispose();
      }, timeoutMs);
      this.#pending = (reply) => {
        clearTimeout(timer);
        resolve(reply);
      };
      this.#transport.send(message);
    });
  }

  dispose(): void {
    this.#dead ??= 'disposed';
    this.#transport.terminate();
  }
}
