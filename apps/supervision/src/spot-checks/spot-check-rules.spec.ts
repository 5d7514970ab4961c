import { describe, expect, it } from '@jest/globals';
import { drawSample, isRectificationOverdue, nextRectificationStatus, populationDigest, RectificationTransitionError } from './spot-check-rules.js';

const population = Array.from({ length: 50 }, (_, index) => `d-${String(index).padStart(2, '0')}`);

describe('seeded sampling', () => {
  it('draws the same sample from the same seed and population, and another from another seed', () => {
    const first = drawSample(population, '2026-Q2-抽查', 5);
    expect(drawSample(population, '2026-Q2-抽查', 5)).toEqual(first);
    expect(new Set(first).size).toBe(5);
    expect(first.every((id) => population.includes(id))).toBe(true);
    expect(drawSample(population, 'another seed', 5)).not.toEqual(first);
  });

  it('takes the whole population when asked for more, and nothing from nothing', () => {
    expect(drawSample(population.slice(0, 3), 's', 10).sort()).toEqual(population.slice(0, 3));
    expect(drawSample([], 's', 3)).toEqual([]);
  });

  it('spreads picks over the whole population', () => {
    const seen = new Set<string>();
    for (let round = 0; round < 200; round += 1) for (const id of drawSample(population, `seed-${round}`, 3)) seen.add(id);
    expect(seen.size).toBe(population.length);
  });

  it('fingerprints the population order-sensitively', () => {
    expect(populationDigest(['a', 'b'])).toBe(populationDigest(['a', 'b']));
    expect(populationDigest(['a', 'b'])).not.toBe(populationDigest(['b', 'a']));
  });
});

describe('rectification', () => {
  it('is submitted, then accepted or returned; a returned one is submitted again', () => {
    expect(nextRectificationStatus('ordered', 'submit')).toBe('submitted');
    expect(nextRectificationStatus('submitted', 'return')).toBe('returned');
    expect(nextRectificationStatus('returned', 'submit')).toBe('submitted');
    expect(nextRectificationStatus('submitted', 'accept')).toBe('accepted');
    expect(() => nextRectificationStatus('ordered', 'accept')).toThrow(RectificationTransitionError);
    expect(() => nextRectificationStatus('accepted', 'submit')).toThrow(RectificationTransitionError);
  });

  it('is overdue only while the unit owes work and after the due day', () => {
    expect(isRectificationOverdue('ordered', '2026-05-08', '2026-05-09')).toBe(true);
    expect(isRectificationOverdue('ordered', '2026-05-08', '2026-05-08')).toBe(false);
    expect(isRectificationOverdue('submitted', '2026-05-08', '2026-06-01')).toBe(false);
    expect(isRectificationOverdue('returned', '2026-05-08', '2026-06-01')).toBe(true);
  });
});
