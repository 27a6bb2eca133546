import { isLearnerMessage, type GraderMessage, type LearnerMessage, type ProgressMessage } from './protocol.ts';
import type { LearnerRealm, RealmReply } from './learner-session.ts';

/** The environment's handle on a learner realm: a Web Worker or a worker thread. */
export interface RealmTransport {
  send(message: GraderMessage): void;
  terminate(): void;
}

/** Which messages answer `request`: its own result kind, or the realm closing itself. */
function answers(request: GraderMessage): (message: LearnerMessage) => boolean {
  if (request.type === 'load')
    return (message) => message.type === 'loaded' || message.type === 'load-failed' || message.type === 'closed-early';
  return (message) => (message.type === 'results' && message.batchId === request.batchId) || message.type === 'closed-early';
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
  #accepts: (message: LearnerMessage) => boolean = () => false;
  #dead: string | undefined;
  #inFlight: GraderMessage | undefined;
  #progress: ((progress: ProgressMessage) => void) | undefined;

  constructor(transport: RealmTransport, ready: Promise<void>) {
    this.#transport = transport;
    this.ready = ready;
    // A realm that never starts is reported by `request`, not as an unhandled rejection.
    ready.catch(() => undefined);
  }

  /**
   * A message from the realm. Only an answer to the request in flight settles it (the
   * learner's code can post messages too): anything else is ignored.
   */
  receive(message: unknown): void {
    if (!isLearnerMessage(message)) return;
    if (message.type === 'progress') {
      // Progress answers nothing: it goes to the listener while the call it belongs to runs.
      const call = this.#inFlight;
      if (call?.type === 'call' && call.batchId === message.batchId) this.#progress?.(message);
      return;
    }
    if (this.#accepts(message)) this.#settle({ kind: 'message', message });
  }

  /** Where `report(step, loss)` progress of the call in flight goes (one listener; the last one set wins). */
  onProgress(listener: (progress: ProgressMessage) => void): void {
    this.#progress = listener;
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
      this.#accepts = answers(message);
      this.#inFlight = message;
      this.#pending = (reply) => {
        clearTimeout(timer);
        this.#accepts = () => false;
        this.#inFlight = undefined;
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
