import { bareList, toArray } from './captured-intrinsics.ts';
import type { ArgSpec } from './protocol.ts';
import { rowStamps, type RowIdentities } from './row-stamps.ts';

/** An argument of input rows, as the grader describes it. */
type RowsSpec = Extract<ArgSpec, { kind: 'rows' }>;

/**
 * The input rows learner calls receive (an ArgSpec of kind 'rows'), and the identities by
 * which the harness recognises them in a result (see row-stamps.ts).
 */
export interface CallRows {
  /** Which row an object is, for the calls these rows serve. */
  identities: RowIdentities;
  /** The rows of `spec` as an ordinary array of row objects, an array no other call receives. */
  arrayFor(spec: RowsSpec): object[];
}

/** Copies the spec's rows into objects stamped in `identities`, kept in a list no learner code sees. */
function stampedCopies(spec: RowsSpec, identities: RowIdentities): object[] {
  const made = bareList<object>();
  for (let index = 0; index < spec.rows.length; index += 1) {
    const row = { ...spec.rows[index] };
    identities.set(row, index);
    made[index] = row;
  }
  return made;
}

/**
 * Rows for one ordinary call: copies of their own, stamped for this call alone, so a row
 * that learner code kept from an earlier call is not taken for this call's row.
 */
export function rowsForOneCall(): CallRows {
  const identities = rowStamps();
  // The list of copies becomes the array itself: nobody else holds it.
  return { identities, arrayFor: (spec) => toArray(stampedCopies(spec, identities)) };
}

/**
 * Rows for the calls of one statistical batch (hundreds of calls judged only by where
 * each row lands): the copies are made and stamped once, and every call of the batch gets
 * the same row objects, each call in an array of its own (so a function that shuffles its
 * input in place changes no other call's input). Copying and stamping every row for every
 * call was the largest part of such a batch's time in the learner's realm, and most of its
 * garbage.
 *
 * Sharing gives learner code nothing it did not have: a row object carries only its data
 * (the `id` every copy has), so what a function could remember of a row across calls it
 * can remember by id already, and returning a row from an earlier call of the batch is
 * returning that same row. A row kept from another batch is still refused.
 */
export function rowsForBatch(): CallRows {
  const identities = rowStamps();
  // Per rows argument of the batch (usually one), its copies. Parallel lists scanned by
  // hand: a Map's methods could have been replaced by learner code.
  const specs = bareList<RowsSpec>();
  const copies = bareList<object[]>();
  const copiesOf = (spec: RowsSpec): object[] => {
    for (let i = 0; i < specs.length; i += 1) if (specs[i] === spec) return copies[i]!;
    const made = stampedCopies(spec, identities);
    specs[specs.length] = spec;
    copies[copies.length] = made;
    return made;
  };
  return {
    identities,
    arrayFor(spec) {
      const shared = copiesOf(spec);
      const array = bareList<object>();
      for (let i = 0; i < shared.length; i += 1) array[i] = shared[i]!;
      return toArray(array);
    },
  };
}
