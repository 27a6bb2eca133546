import { z } from 'astro/zod';
import { unknownFieldMessage } from '../content/unknown-fields.ts';

const fields = {
  title: z.string().min(1),
  /** The lifecycle stage it practises, 1–8. */
  stage: z.number().int().min(1).max(8),
  /** Slug of the lesson that embeds it, e.g. `training`. */
  lesson: z.string().min(1),
  /** Hints from a nudge to nearly the answer, shown one at a time. */
  hints: z.array(z.string().min(1)).min(2),
  /** Overrides the whole run's time limit (ms) for slow exercises. */
  timeLimitMs: z.number().int().min(1000).max(60_000).optional(),
};

/** The frontmatter keys an exercise's task.md may have. */
export const EXERCISE_FIELDS = Object.keys(fields);

/**
 * The frontmatter of an exercise's `task.md`: everything about an exercise that is not
 * code. Used by the content collection (build) and by the CLI, so both reject the same
 * mistakes. Strict: an unknown key (`stgae: 2`) is refused with the nearest valid name,
 * instead of being dropped while the field meant keeps its old value.
 */
export const exerciseMetadata = z.strictObject(fields, {
  error: (issue) =>
    issue.code === 'unrecognized_keys' ? issue.keys.map((key) => unknownFieldMessage(key, EXERCISE_FIELDS)).join('; ') : undefined,
});

export type ExerciseMetadata = z.infer<typeof exerciseMetadata>;

/** The line a known-wrong variant starts with, naming the check it must fail first. */
export const FAILS_FIRST = /^\/\/\s*fails-first:\s*([a-z0-9-]+)\s*$/m;
