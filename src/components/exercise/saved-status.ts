import type { SavedVerdict } from '../../exercises/progress-file.ts';

/** The badge beside Run: the last verdict saved in this browser, or "Not run yet". */
export function showSavedStatus(badge: HTMLElement, saved: SavedVerdict | null): void {
  badge.dataset['status'] = saved?.status ?? 'none';
  badge.textContent = !saved
    ? 'Not run yet'
    : saved.status === 'pass'
      ? `Passed ✓ (${saved.passed}/${saved.total})`
      : `${saved.passed}/${saved.total} checks passing`;
}
