import { z } from 'astro/zod';

/**
 * The fields Lifecycle Lab adds to Starlight's frontmatter. Kept in its own module so the
 * content collection (at build time) and the sidebar builder (at config time) validate
 * lessons with exactly the same rules.
 */
export const lessonFields = z.object({
  /** The lifecycle stage a lesson teaches, 1 (problem definition) to 8 (monitoring). The overview has none. */
  stage: z.number().int().min(1).max(8).optional(),
  /**
   * Position in the course. Unique across lessons: prev/next and the sidebar follow it. The
   * course's lessons use multiples of ten, so a new one fits between two (75 between
   * deployment at 70 and monitoring at 80); any number works, 72.5 included.
   */
  order: z.number().min(0),
});

/** Starlight's own frontmatter keys (its docs schema), allowed in any lesson. */
const STARLIGHT_FIELDS = [
  'title',
  'description',
  'slug',
  'editUrl',
  'head',
  'tableOfContents',
  'template',
  'hero',
  'lastUpdated',
  'prev',
  'next',
  'sidebar',
  'banner',
  'pagefind',
  'draft',
] as const;

/**
 * Every key a lesson's frontmatter may have: Starlight's and ours. Anything else is a typo
 * (`stgae: 2`) that would otherwise move the page without a word.
 */
export const LESSON_FIELDS: readonly string[] = [...STARLIGHT_FIELDS, ...Object.keys(lessonFields.shape)];

/** What the sidebar builder needs from a lesson's frontmatter: Starlight's required title plus our fields. */
export const lessonIndexFields = lessonFields.extend({
  title: z.string().min(1),
});

/** Validated frontmatter of one lesson, as the sidebar builder sees it. */
export type LessonFrontmatter = z.infer<typeof lessonIndexFields>;
