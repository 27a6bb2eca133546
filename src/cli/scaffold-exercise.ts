import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXERCISES_DIRECTORY } from '../exercises/exercise-folder.ts';

/** What `new exercise` needs: the folder name, its stage and the lesson that embeds it. */
export interface ExerciseScaffold {
  id: string;
  stage: number;
  lesson: string;
}

/** `z-score` → `zScore`: the function the learner exports, until the instructor renames it. */
const functionNameFor = (id: string): string => id.replace(/-([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());

const SIGNATURE = (name: string) => `export function ${name}(values: readonly number[]): number`;
/** The signature as the task shows it: over several lines, so a long name still fits the column. */
const TASK_SIGNATURE = (name: string) => `export function ${name}(\n  values: readonly number[],\n): number`;

/**
 * The files of a new exercise, path (inside its folder) → text. A deliberately small,
 * complete exercise (the sum of a list) that `verify` accepts as it is: the starter fails
 * the one check, the solution and the accepted variant pass, the known-wrong variant fails
 * first on that check, so every check is covered. The instructor edits it into theirs.
 */
function exerciseFiles({ id, stage, lesson }: ExerciseScaffold): Record<string, string> {
  const name = functionNameFor(id);
  const doc = `/** The sum of \`values\` (0 for an empty list). Replace with your exercise's function. */\n`;
  return {
    'task.md': `---
title: ${id.replace(/-/g, ' ').replace(/^./, (first) => first.toUpperCase())}
stage: ${stage}
lesson: ${lesson}
hints:
  - A first nudge, pointing at the idea without the answer.
  - Nearly the answer, for a learner who is stuck.
---

<!-- The statement, shown above the editor. Say what to write, its signature, an example. -->

Write \`${name}\`: the sum of a list of numbers.

\`\`\`ts
${TASK_SIGNATURE(name)}
\`\`\`

\`\`\`ts
${name}([1, 2, 3, 4]); // 10
\`\`\`
`,
    'starter.ts': `${doc}${SIGNATURE(name)} {\n  // Your code here.\n  throw new Error('${name} is not written yet');\n}\n`,
    'solution.ts': `${doc}${SIGNATURE(name)} {\n  let sum = 0;\n  for (const item of values) sum += item;\n  return sum;\n}\n`,
    'right/reduce.ts': `// Accepted: the same sum with reduce.\n${SIGNATURE(name)} {\n  return values.reduce((sum, item) => sum + item, 0);\n}\n`,
    'wrong/skips-last.ts': `// fails-first: matches-reference
// An off-by-one loop that never adds the last value. Each check needs a known-wrong variant that fails it first.
${SIGNATURE(name)} {
  let sum = 0;
  for (let i = 0; i < values.length - 1; i += 1) sum += values[i]!;
  return sum;
}
`,
    'checks.ts': `import { defineChecks, expectClose, expectNumber, returned, value } from '../../../src/grading/check-kit.ts';
import type { ${name} } from './solution.ts';

// The guide to every helper used here: content/exercises/README.md.
const WHAT = '${name}';
const TOLERANCE = { rtol: 1e-9, atol: 1e-9 };

export default defineChecks<typeof ${name}>({
  exportName: '${name}',
  checks: [
    {
      id: 'matches-reference',
      name: 'gives 10 for the example and agrees with the reference on seeded lists',
      async run(t) {
        const example = expectNumber(returned(await t.call(value([1, 2, 3, 4])), WHAT, 'a number'), WHAT);
        expectClose(example, 10, TOLERANCE, 'the sum of [1, 2, 3, 4]');
        for (const length of [1, 5, 50]) {
          const values = t.random.many(length, (random) => random.between(-100, 100));
          const actual = expectNumber(returned(await t.call(value(values)), WHAT, 'a number'), WHAT);
          expectClose(actual, t.reference(values), TOLERANCE, \`the sum of \${length} seeded values\`);
        }
      },
    },
  ],
});
`,
  };
}

/** Writes the exercise folder (which must not exist) and returns the files written, relative to `root`. */
export function writeExerciseScaffold(root: string, scaffold: ExerciseScaffold): string[] {
  const directory = `${EXERCISES_DIRECTORY}/${scaffold.id}`;
  if (existsSync(join(root, directory))) throw new Error(`${directory} already exists`);
  return Object.entries(exerciseFiles(scaffold)).map(([file, text]) => {
    const path = join(root, directory, file);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text, { flag: 'wx' });
    return `${directory}/${file}`;
  });
}
