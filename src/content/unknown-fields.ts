import { nearestName } from './nearest-name.ts';

/*
 * Why a frontmatter key is refused: a typo (`stgae: 2`) would otherwise be ignored without a
 * word and the page or exercise would quietly keep a default.
 */

/** `; did you mean "stage"? (fields: …)`, or only the field list when nothing is near. */
function suggestion(key: string, known: readonly string[]): string {
  const nearest = nearestName(key, known);
  return `${nearest ? `; did you mean "${nearest}"?` : ''} (fields: ${known.join(', ')})`;
}

/** A message that names the key, for schemas whose issues carry no field path (the build's). */
export function unknownFieldMessage(key: string, known: readonly string[]): string {
  return `unknown field "${key}"${suggestion(key, known)}`;
}

/** `file: frontmatter field "key": unknown field…`: one problem for one unknown key. */
export function unknownFieldProblem(file: string, key: string, known: readonly string[]): string {
  return `${file}: frontmatter field "${key}": unknown field${suggestion(key, known)}`;
}

/** One problem for every key of `frontmatter` not in `known`. */
export function unknownFieldProblems(file: string, frontmatter: Record<string, unknown>, known: readonly string[]): string[] {
  return Object.keys(frontmatter)
    .filter((key) => !known.includes(key))
    .map((key) => unknownFieldProblem(file, key, known));
}
