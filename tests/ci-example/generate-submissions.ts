import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readExerciseFolder } from '../../src/exercises/exercise-folder.ts';

/** What was generated: how many files of each kind, so a test knows the pass count to expect. */
export interface GeneratedClass {
  files: number;
  correct: number;
  wrong: number;
}

/**
 * Small edits a learner's copy of a known answer would have (a name comment, re-indented
 * code, blank lines, a stray TODO), none of which changes what the code does. Each
 * submission gets a different mix, so no two files are the same text.
 */
function disguise(source: string, index: number): string {
  let text = `// Student ${String(index + 1).padStart(4, '0')}\n${source}`;
  if (index % 2 === 1) text = text.replace(/^( +)/gm, (indent) => indent.repeat(2));
  if (index % 3 === 2) text = `${text}\n\n`;
  if (index % 5 === 4) text = text.replace(/\n(export function)/, '\n// TODO: tidy up before handing in\n$1');
  return text;
}

/**
 * Writes `count` submissions for exercise `id` into `directory`: every `wrongEvery`-th is a
 * known-wrong variant (which must fail), the rest the solution or an accepted variant
 * (which must pass), each disguised a little.
 */
export function generateSubmissions(root: string, id: string, directory: string, count: number, wrongEvery = 3): GeneratedClass {
  const folder = readExerciseFolder(root, id);
  const correct = [folder.solution, ...folder.right];
  mkdirSync(directory, { recursive: true });
  let wrong = 0;
  for (let index = 0; index < count; index += 1) {
    const isWrong = index % wrongEvery === wrongEvery - 1 && folder.wrong.length > 0;
    const pool = isWrong ? folder.wrong : correct;
    const source = pool[Math.floor(index / wrongEvery) % pool.length]!.source;
    if (isWrong) wrong += 1;
    writeFileSync(join(directory, `student-${String(index + 1).padStart(4, '0')}.ts`), disguise(source, index));
  }
  return { files: count, correct: count - wrong, wrong };
}
