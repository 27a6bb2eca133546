import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
// The function @astrojs/markdown-remark re-exports, without the whole Markdown pipeline its
// entry loads (about 0.4 s of CPU in every command and grading process that reads a folder).
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { RightVariant, SourceFile, WrongVariant } from '../grading/gradable-exercise.ts';
import { unknownFieldProblem } from '../content/unknown-fields.ts';
import { EXERCISE_FIELDS, exerciseMetadata, FAILS_FIRST, type ExerciseMetadata } from './exercise-metadata.ts';

/** Where exercise folders live, relative to the project root. */
export const EXERCISES_DIRECTORY = 'content/exercises';

/** One exercise folder, read and validated, with paths relative to the project root. */
export interface ExerciseFolder {
  id: string;
  directory: string;
  metadata: ExerciseMetadata;
  starter: SourceFile;
  solution: SourceFile;
  checksFile: string;
  hiddenChecksFile?: string;
  wrong: WrongVariant[];
  /** Accepted variants (`right/*.ts`): correct solutions written differently, which must pass. */
  right: RightVariant[];
}

/** A mistake in an exercise folder, naming the file (and field). */
export class ExerciseContentError extends Error {
  override name = 'ExerciseContentError';
}

function readRequired(root: string, file: string, role: string): string {
  if (!existsSync(join(root, file))) throw new ExerciseContentError(`${file}: missing; every exercise needs ${role}`);
  return readFileSync(join(root, file), 'utf8');
}

function readMetadata(root: string, file: string): ExerciseMetadata {
  const text = readRequired(root, file, 'a task statement with frontmatter');
  let frontmatter: Record<string, unknown>;
  try {
    frontmatter = parseFrontmatter(text).frontmatter;
  } catch (error) {
    throw new ExerciseContentError(`${file}: the frontmatter is not valid YAML: ${(error as Error).message}`);
  }
  const parsed = exerciseMetadata.safeParse(frontmatter);
  if (!parsed.success) {
    const problems = parsed.error.issues.flatMap((issue) =>
      // Unknown keys are reported one by one, each as its own field.
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => unknownFieldProblem(file, key, EXERCISE_FIELDS))
        : [`${file}: frontmatter field "${issue.path.join('.') || '(root)'}": ${issue.message}`],
    );
    throw new ExerciseContentError(problems.join('\n'));
  }
  return parsed.data;
}

/** The .ts files of a variants folder (`wrong/`, `right/`), sorted, as source files with names. */
function readVariants(root: string, directory: string, kind: 'wrong' | 'right'): (SourceFile & { name: string })[] {
  const folder = join(root, directory, kind);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => ({
      name: name.replace(/\.ts$/, ''),
      file: `${directory}/${kind}/${name}`,
      source: readFileSync(join(folder, name), 'utf8'),
    }));
}

function readWrongVariants(root: string, directory: string): WrongVariant[] {
  return readVariants(root, directory, 'wrong').map(({ name, file, source }) => {
    const failsFirst = FAILS_FIRST.exec(source)?.[1];
    if (!failsFirst) {
      throw new ExerciseContentError(`${file}: a known-wrong variant must start with "// fails-first: <check-id>"`);
    }
    return { name, file, source, failsFirst };
  });
}

/** Reads and validates one exercise folder. */
export function readExerciseFolder(root: string, id: string): ExerciseFolder {
  const directory = `${EXERCISES_DIRECTORY}/${id}`;
  const starterFile = `${directory}/starter.ts`;
  const solutionFile = `${directory}/solution.ts`;
  const checksFile = `${directory}/checks.ts`;
  const hiddenChecksFile = `${directory}/hidden-checks.ts`;
  const metadata = readMetadata(root, `${directory}/task.md`);
  const starter = { file: starterFile, source: readRequired(root, starterFile, 'a starter.ts') };
  const solution = { file: solutionFile, source: readRequired(root, solutionFile, 'a reference solution.ts') };
  readRequired(root, checksFile, 'a checks.ts');
  return {
    id,
    directory,
    metadata,
    starter,
    solution,
    checksFile,
    ...(existsSync(join(root, hiddenChecksFile)) ? { hiddenChecksFile } : {}),
    wrong: readWrongVariants(root, directory),
    right: readVariants(root, directory, 'right'),
  };
}

/** Every exercise id: the folder names under content/exercises. */
export function listExerciseIds(root: string): string[] {
  const folder = join(root, EXERCISES_DIRECTORY);
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_'))
    .map((entry) => entry.name)
    .sort();
}
