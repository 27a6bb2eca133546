import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LESSONS_DIRECTORY } from '../content/lesson-files.ts';
import type { LessonSummary } from '../content/lesson-index.ts';

/** What `new lesson` needs. */
export interface LessonScaffold {
  slug: string;
  stage: number;
  title: string;
}

/** `shadow-deployments` → `Shadow deployments`: a title to start from. */
export const titleFromSlug = (slug: string): string => slug.replace(/-/g, ' ').replace(/^./, (first) => first.toUpperCase());

/**
 * An order that puts the new lesson after the last lesson of its stage (or, for a stage
 * with no lesson yet, after the last lesson of an earlier stage) and before whatever comes
 * next: ten past it when there is room (80 → 90 before the glossary at 1000), else halfway
 * to the next order (70 and 80 give 75; 75 and 80 give 77.5). Lessons never renumber.
 */
export function orderAfterStage(lessons: readonly Pick<LessonSummary, 'stage' | 'order'>[], stage: number): number {
  const staged = lessons.filter((lesson) => lesson.stage !== undefined);
  const own = staged.filter((lesson) => lesson.stage === stage);
  const before = own.length > 0 ? own : staged.filter((lesson) => lesson.stage! < stage);
  const stageless = lessons.filter((lesson) => lesson.stage === undefined).map((lesson) => lesson.order);
  // With no staged lesson before it, it follows the course's first page (the overview).
  const previous = before.length > 0 ? Math.max(...before.map((lesson) => lesson.order)) : Math.min(0, ...stageless);
  const later = lessons.map((lesson) => lesson.order).filter((order) => order > previous);
  const next = Math.min(Infinity, ...later);
  return next - previous > 20 ? previous + 10 : (previous + next) / 2;
}

/** The MDX of a new lesson: valid frontmatter, a diagram the build accepts, and how to embed an exercise. */
function lessonText({ slug, stage, title }: LessonScaffold, order: number): string {
  return `---
title: ${JSON.stringify(title)}
description: One sentence for search results and link previews.
stage: ${stage}
order: ${order}
---

import Exercise from '../../src/components/Exercise.astro';

The first paragraph says what this lesson is for and what the reader will be able to do.

## A first section

Diagrams are Mermaid code blocks; each needs an accessible title and description.

\`\`\`mermaid
flowchart LR
  accTitle: ${title}
  accDescr: Replace with one or two sentences saying what the diagram shows.
  A[Input] --> B[Step] --> C[Output]
\`\`\`

{/*
  To end the lesson with an exercise, create one for it:
    npx lifecycle-lab new exercise ID --stage ${stage} --lesson ${slug}
  then put <Exercise id="ID" /> on its own line here (the import above is already there).
*/}
`;
}

/** Writes content/lessons/<slug>.mdx (which must not exist) and returns its path relative to `root`. */
export function writeLessonScaffold(root: string, scaffold: LessonScaffold, order: number): string {
  const file = `${LESSONS_DIRECTORY.replace(/^\.\//, '')}/${scaffold.slug}.mdx`;
  writeFileSync(join(root, file), lessonText(scaffold, order), { flag: 'wx' });
  return file;
}
