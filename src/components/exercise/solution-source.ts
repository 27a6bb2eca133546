/**
 * The reference solution's source text, for "Show the solution" and the comparison. The
 * grader bundles each solution as a module to run it; the learner needs to read it as
 * written, so the same files are also available as text, found by folder name as the
 * grader finds them, and each is fetched only when a learner reveals it.
 */
const sources = import.meta.glob<string>('../../../content/exercises/*/solution.ts', { query: '?raw', import: 'default' });

/** The source of exercise `id`'s solution.ts. */
export async function loadSolutionSource(id: string): Promise<string> {
  const load = sources[`../../../content/exercises/${id}/solution.ts`];
  if (!load) throw new Error(`no solution for exercise "${id}"`);
  return load();
}
