import type { LessonSummary } from './lesson-index.ts';

/** A Starlight sidebar entry: a link to a docs page by its id, or a group of them. */
type SidebarLink = { slug: string; label: string };
type SidebarGroup = { label: string; items: SidebarLink[] };

/**
 * Builds the sidebar from the lessons themselves: pages without a stage (the overview)
 * first, then one group with the stages in course order. Nothing here names a lesson,
 * so adding an MDX file is all it takes to add a page.
 */
export function courseSidebar(lessons: readonly LessonSummary[]): (SidebarLink | SidebarGroup)[] {
  const link = (lesson: LessonSummary): SidebarLink => ({
    slug: lesson.slug,
    label: lesson.stage === undefined ? lesson.title : `${lesson.stage}. ${lesson.title}`,
  });
  const general = lessons.filter((lesson) => lesson.stage === undefined).map(link);
  const stages = lessons.filter((lesson) => lesson.stage !== undefined).map(link);
  return [...general, { label: 'The eight stages', items: stages }];
}
