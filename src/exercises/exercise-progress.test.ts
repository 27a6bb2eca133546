import { describe, expect, it } from 'vitest';
import { emptyProgress, exerciseStatus, lessonStatus, recordAttempt, recordReveal, revealOffered } from './exercise-progress.ts';
import type { SavedVerdict } from './progress-file.ts';

const verdict = (status: SavedVerdict['status'], at = '2026-11-28T10:00:00.000Z'): SavedVerdict => ({ status, passed: 1, total: 4, at });

describe('attempts', () => {
  it('count every run, remember the last and the best verdict', () => {
    let progress = recordAttempt(emptyProgress(), verdict('fail', '2026-11-28T10:00:00.000Z'));
    progress = recordAttempt(progress, verdict('pass', '2026-11-28T10:05:00.000Z'));
    progress = recordAttempt(progress, verdict('error', '2026-11-28T10:09:00.000Z'));
    expect(progress).toMatchObject({ attempts: 3, failedAttempts: 2, best: 'pass', lastAttemptAt: '2026-11-28T10:09:00.000Z' });
    expect(progress.last?.status).toBe('error');
    // Passed once stays passed, so an experiment after the pass does not take the mark away.
    expect(exerciseStatus(progress)).toBe('passed');
  });

  it('rank fail above error', () => {
    expect(recordAttempt(recordAttempt(emptyProgress(), verdict('fail')), verdict('error')).best).toBe('fail');
  });

  it('give not started, attempted and passed', () => {
    expect(exerciseStatus(undefined)).toBe('not-started');
    expect(exerciseStatus(emptyProgress())).toBe('not-started');
    expect(exerciseStatus(recordAttempt(emptyProgress(), verdict('fail')))).toBe('attempted');
  });

  it('make a lesson passed only when every exercise passed', () => {
    expect(lessonStatus(['passed', 'passed'])).toBe('passed');
    expect(lessonStatus(['passed', 'not-started'])).toBe('attempted');
    expect(lessonStatus(['not-started'])).toBe('not-started');
    expect(lessonStatus([])).toBe('not-started');
  });
});

describe('revealing the solution', () => {
  it('is offered after three failed runs, not before', () => {
    let progress = emptyProgress();
    for (let run = 0; run < 2; run += 1) progress = recordAttempt(progress, verdict('fail'));
    expect(revealOffered(progress)).toBe(false);
    progress = recordAttempt(progress, verdict('error'));
    expect(revealOffered(progress)).toBe(true);
  });

  it('is recorded once, with the time of the first reveal', () => {
    const first = recordReveal(emptyProgress(), new Date('2026-11-28T10:00:00Z'));
    expect(recordReveal(first, new Date('2026-11-29T10:00:00Z')).revealedAt).toBe('2026-11-28T10:00:00.000Z');
    // Revealing is not an attempt.
    expect(exerciseStatus(first)).toBe('not-started');
  });
});
