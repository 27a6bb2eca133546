/**
 * Marks each sidebar link whose lesson has exercises (`data-exercises="id id"`, set by
 * course-sidebar.ts) as not started, attempted or passed, from the progress in this
 * browser. Inlined after the sidebar (CourseSidebar.astro) as this function's source, so
 * it runs before the first paint: the mark never flashes a wrong state, and its box is
 * reserved in CSS so it never moves the layout. It must therefore be self-contained (no
 * imports). It reads progress-store.ts's layout, including version 1's verdict keys that
 * the exercise widget has not migrated yet. The mark is text for screen readers and a
 * shape (○ ◐ ✓), not a colour, for the eye. Repaints when progress changes in this tab or
 * another.
 */
export function markSidebarProgress(): void {
  const read = (key: string): unknown => {
    try {
      return JSON.parse(localStorage.getItem(key) ?? 'null');
    } catch {
      return null;
    }
  };
  const WORDS: Record<string, string> = { 'not-started': 'not started', attempted: 'attempted', passed: 'passed' };
  const paint = () => {
    const stored = read('lifecycle-lab:progress') as {
      version?: number;
      exercises?: Record<string, { attempts?: number; best?: string }>;
    } | null;
    const records = (stored?.version === 2 && stored.exercises) || {};
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-exercises]')) {
      const statuses = (link.dataset['exercises'] ?? '').split(' ').map((id) => {
        const record = records[id];
        const best = record
          ? record.attempts
            ? record.best
            : null
          : (read(`lifecycle-lab:result:${id}`) as { status?: string } | null)?.status;
        return best ? (best === 'pass' ? 'passed' : 'attempted') : 'not-started';
      });
      const status = statuses.every((each) => each === 'passed')
        ? 'passed'
        : statuses.some((each) => each !== 'not-started')
          ? 'attempted'
          : 'not-started';
      // Written only when it changes: every Run repaints, and a rewritten mark would be laid out again.
      if (link.dataset['progress'] !== status) link.dataset['progress'] = status;
      let text = link.querySelector('.progress-mark');
      if (!text) {
        text = document.createElement('span');
        text.className = 'sr-only progress-mark';
        link.append(text);
      }
      const words = ` (exercise${statuses.length > 1 ? 's' : ''} ${WORDS[status]})`;
      if (text.textContent !== words) text.textContent = words;
    }
  };
  paint();
  addEventListener('lifecycle-lab:progress-changed', paint);
  addEventListener('storage', paint);
}
