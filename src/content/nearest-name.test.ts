import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance, nearestName } from './nearest-name.ts';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('stage', 'stage')).toBe(0);
    expect(editDistance('stgae', 'stage')).toBe(2);
    expect(editDistance('titel', 'title')).toBe(2);
    expect(editDistance('', 'order')).toBe(5);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

describe('nearestName', () => {
  const fields = ['title', 'description', 'stage', 'order', 'sidebar'];
  it('finds the field a typo meant', () => {
    expect(nearestName('stgae', fields)).toBe('stage');
    expect(nearestName('Order', fields)).toBe('order');
    expect(nearestName('descripton', fields)).toBe('description');
    expect(nearestName('desc', fields)).toBe('description');
  });
  it('suggests nothing for a name unlike any known one', () => {
    expect(nearestName('difficulty', fields)).toBeUndefined();
    expect(didYouMean('difficulty', fields)).toBe('');
    expect(didYouMean('trainig', ['training', 'deployment'])).toBe('; did you mean "training"?');
  });
});
