import { describe, expect, it } from 'vitest';
import { isLearnerMessage } from './protocol.ts';

describe('isLearnerMessage', () => {
  it('accepts the messages a learner realm sends', () => {
    expect(isLearnerMessage({ type: 'ready' })).toBe(true);
    expect(isLearnerMessage({ type: 'loaded', output: '' })).toBe(true);
    expect(isLearnerMessage({ type: 'results', batchId: 3, outcomes: [] })).toBe(true);
    expect(isLearnerMessage({ type: 'closed-early' })).toBe(true);
    expect(isLearnerMessage({ type: 'progress', batchId: 3, step: 10, loss: 0.5, count: 11 })).toBe(true);
  });

  it('drops a progress message whose numbers are missing or not finite', () => {
    expect(isLearnerMessage({ type: 'progress', batchId: 3, step: 10, loss: Number.NaN, count: 11 })).toBe(false);
    expect(isLearnerMessage({ type: 'progress', batchId: 3, step: '10', loss: 0.5, count: 11 })).toBe(false);
    expect(isLearnerMessage({ type: 'progress', batchId: 3, step: 10, loss: 0.5 })).toBe(false);
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
