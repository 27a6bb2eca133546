import { describe, expect, it } from 'vitest';
import { isLearnerMessage } from './protocol.ts';

describe('isLearnerMessage', () => {
  it('accepts the messages a learner realm sends', () => {
    expect(isLearnerMessage({ type: 'ready' })).toBe(true);
    expect(isLearnerMessage({ type: 'loaded', output: '' })).toBe(true);
    expect(isLearnerMessage({ type: 'results', batchId: 3, outcomes: [] })).toBe(true);
    expect(isLearnerMessage({ type: 'closed-early' })).toBe(true);
  });

  it('drops anything else, including a forged verdict', () => {
    expect(isLearnerMessage({ status: 'pass' })).toBe(false);
    expect(isLearnerMessage({ type: 'pass' })).toBe(false);
    expect(isLearnerMessage({ type: 'results', batchId: '3', outcomes: [] })).toBe(false);
    expect(isLearnerMessage({ type: 'results', batchId: 3 })).toBe(false);
    expect(isLearnerMessage(null)).toBe(false);
    expect(isLearnerMessage('results')).toBe(false);
  });
});
