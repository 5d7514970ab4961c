import { describe, expect, it } from '@jest/globals';
import { DEFAULT_RATING_THRESHOLDS, meetsLevel, nextLevelGap, ratingLevelFor, thresholdsProblem } from './rating-rules.js';

describe('rating rules', () => {
  const thresholds = { A: 30, AA: 60, AAA: 90 };

  it('maps scores to the highest level reached, inclusive at the threshold', () => {
    expect(ratingLevelFor(29, thresholds)).toBeNull();
    expect(ratingLevelFor(30, thresholds)).toBe('A');
    expect(ratingLevelFor(59, thresholds)).toBe('A');
    expect(ratingLevelFor(60, thresholds)).toBe('AA');
    expect(ratingLevelFor(72, thresholds)).toBe('AA');
    expect(ratingLevelFor(90, thresholds)).toBe('AAA');
    expect(ratingLevelFor(-5, thresholds)).toBeNull();
  });

  it('follows configured thresholds', () => {
    expect(ratingLevelFor(72, { A: 10, AA: 20, AAA: 70 })).toBe('AAA');
  });

  it('rejects thresholds that do not rise or are not positive integers', () => {
    expect(thresholdsProblem(DEFAULT_RATING_THRESHOLDS)).toBeUndefined();
    expect(thresholdsProblem({ A: 30, AA: 30, AAA: 90 })).toMatch(/higher/);
    expect(thresholdsProblem({ A: 0, AA: 30, AAA: 90 })).toMatch(/positive/);
    expect(thresholdsProblem({ A: 1.5, AA: 30, AAA: 90 })).toMatch(/positive/);
  });

  it('compares levels for benefits and tells the gap to the next level', () => {
    expect(meetsLevel('AAA', 'AA')).toBe(true);
    expect(meetsLevel('AA', 'AA')).toBe(true);
    expect(meetsLevel('A', 'AA')).toBe(false);
    expect(meetsLevel(null, 'A')).toBe(false);
    expect(nextLevelGap(72, thresholds)).toEqual({ level: 'AAA', pointsNeeded: 18 });
    expect(nextLevelGap(95, thresholds)).toBeNull();
  });
});
