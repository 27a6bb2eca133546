/**
 * Which input row an object is, for the rows of one call. The harness hands learner code
 * fresh row objects and must recognise them, by identity, wherever they come back in the
 * result. A statistical check makes over a thousand calls of 40 rows each, so this is on
 * the hottest path a Run has: a Map keyed by each fresh object costs a hash and a table
 * entry per row, and a lookup per object of every result.
 *
 * Instead each row carries two private fields (`#index`, `#call`), stamped by a class
 * whose base constructor returns the object it is given. Learner code cannot read, copy
 * or forge a private field: a spread, a structured clone or a Proxy around a row carries
 * no stamp, so a copy is still told apart from the row itself. The call's own token keeps
 * a row kept from an earlier call (module state) from passing for this call's row.
 */

/** Which input row an object is, for one call's rows. */
export interface RowIdentities {
  /** The row's index, or undefined for anything that is not one of this call's rows. */
  get(target: object): number | undefined;
  /** Marks `target` (made by the harness) as row `index`. */
  set(target: object, index: number): void;
}

/** Returns what it is given, so a subclass's private fields are added to that object. */
class ReturnsItsArgument {
  constructor(target: object) {
    return target;
  }
}

class RowStamp extends ReturnsItsArgument {
  #index: number;
  #call: object;

  private constructor(target: object, index: number, call: object) {
    super(target);
    this.#index = index;
    this.#call = call;
  }

  /** Stamps `target` as row `index` of `call`; a row stamped before (another call) is restamped. */
  static stamp(target: object, index: number, call: object): void {
    if (#index in target) {
      const stamped = target as RowStamp;
      stamped.#index = index;
      stamped.#call = call;
    } else {
      new RowStamp(target, index, call);
    }
  }

  /** The row index `target` was stamped with for `call`, if any. */
  static indexOf(target: object, call: object): number | undefined {
    return #index in target && (target as RowStamp).#call === call ? (target as RowStamp).#index : undefined;
  }
}

/** The rows of one call; the instance itself is the call's token. Never reachable from learner code. */
class CallRows implements RowIdentities {
  get(target: object): number | undefined {
    return RowStamp.indexOf(target, this);
  }

  set(target: object, index: number): void {
    RowStamp.stamp(target, index, this);
  }
}

/**
 * A fresh set of row identities for one call: `set` stamps a row object (created by the
 * harness, never by learner code), `get` says which row an object is in this call.
 */
export function rowStamps(): RowIdentities {
  return new CallRows();
}
