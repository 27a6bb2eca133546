import type { LessonSummary } from './lesson-index.ts';

/** A Starlight sidebar entry: a link to a docs page by its id, or a group of them. */
type SidebarLink = { slug: string; label: string; attrs?: Record<string, string> };
type SidebarPageLink = { link: string; label: string };
type SidebarGroup = { label: string; items: SidebarLink[] };

/** The page that shows the learner's progress through the whole course (src/pages/progress.astro). */
export const PROGRESS_PAGE: SidebarPageLink = { link: '/progress/', label: 'Your progress' };

/**
 * Builds the sidebar from the lessons themselves (given in course order): pages without a
 * stage that come before the first stage (the overview) on top, then one group with the
 * stages, then pages without a stage that come later (the glossary). Nothing here names a
 * lesson, so adding an MDX file is all it takes to add a page; Starlight's prev/next links
 * follow the same order. A lesson with exercises (`exercisesByLesson`, read from the
 * exercise folders) names them in `data-exercises`, for the progress marks
 * (sidebar-marks.ts); the progress page comes last.
 */
export function courseSidebar(
  lessons: readonly LessonSummary[],
  exercisesByLesson: ReadonlyMap<string, readonly string[]> = new Map(),
): (SidebarLink | SidebarGroup | SidebarPageLink)[] {
  const link = (lesson: LessonSummary): SidebarLink => {
    const exercises = exercisesByLesson.get(lesson.slug) ?? [];
    return {
      slug: lesson.slug,
      label: lesson.stage === undefined ? lesson.title : `${lesson.stage}. ${lesson.title}`,
      ...(exercises.length > 0 ? { attrs: { 'data-exercises': exercises.join(' ') } } : {}),
    };
  };
  const staged = lessons.filter((lesson) => lesson.stage !== undefined);
  const firstStage = Math.min(...staged.map((lesson) => lesson.order));
  const before = lessons.filter((lesson) => lesson.stage === undefined && lesson.order < firstStage).map(link);
  const after = lessons.filter((lesson) => lesson.stage === undefined && lesson.order > firstStage).map(link);
  return [...before, ...(staged.length > 0 ? [{ label: 'The eight stages', items: staged.map(link) }] : []), ...after, PROGRESS_PAGE];
}
