import type { SavedVerdict } from '../../exercises/progress-file.ts';

/** The badge beside Run: the last verdict saved in this browser, or "Not run yet". */
export function showSavedStatus(badge: HTMLElement, saved: SavedVerdict | null): void {
  const status = saved?.status ?? 'none';
  const text = !saved
    ? 'Not run yet'
    : saved.status === 'pass'
      ? `Passed ✓ (${saved.passed}/${saved.total})`
      : `${saved.passed}/${saved.total} checks passing`;
  // Written only when it changes: after most Runs it does not, and a rewrite is laid out again.
  if (badge.dataset['status'] !== status) badge.dataset['status'] = status;
  if (badge.textContent !== text) badge.textContent = text;
}
