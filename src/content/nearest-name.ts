/**
 * "Did you mean …?" for names an instructor types: frontmatter keys, lesson slugs,
 * exercise ids. A typo should be answered with the name that was meant, not only refused.
 */

/** Levenshtein edit distance (insertions, deletions, substitutions each cost 1). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The known name closest to `name`, if it is close enough to be a plausible typo: at most
 * a third of the longer name's length in edits (at least 1, so `stgae` finds `stage`), or
 * one name containing the other (`desc` → `description`). Ties go to the earlier name.
 */
export function nearestName(name: string, known: readonly string[]): string | undefined {
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  if (!best) return undefined;
  const limit = Math.max(2, Math.floor(Math.max(name.length, best.candidate.length) / 3));
  if (best.distance <= limit) return best.candidate;
  const lower = name.toLowerCase();
  return known.find((candidate) => lower.length >= 3 && candidate.toLowerCase().includes(lower));
}

/** `; did you mean "x"?` when a near name exists, else an empty string: for the end of an error message. */
export function didYouMean(name: string, known: readonly string[]): string {
  const nearest = nearestName(name, known);
  return nearest ? `; did you mean "${nearest}"?` : '';
}
