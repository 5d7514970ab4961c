import { describe, expect, it } from '@jest/globals';
import { indicatorPointsProblem, MAX_INDICATOR_POINTS } from './indicator-points.js';

describe('indicatorPointsProblem', () => {
  it('accepts awards for ordinary categories and deductions for misconduct', () => {
    expect(indicatorPointsProblem('volunteer-activities', 5)).toBeUndefined();
    expect(indicatorPointsProblem('filial-piety', MAX_INDICATOR_POINTS)).toBeUndefined();
    expect(indicatorPointsProblem('misconduct', -2)).toBeUndefined();
    expect(indicatorPointsProblem('misconduct', -MAX_INDICATOR_POINTS)).toBeUndefined();
  });

  it('rejects zero, fractions and values beyond the bound', () => {
    for (const points of [0, 2.5, MAX_INDICATOR_POINTS + 1, -MAX_INDICATOR_POINTS - 1, Number.NaN]) {
      expect(indicatorPointsProblem('volunteer-activities', points)).toMatch(/non-zero integer/);
    }
  });

  it('rejects a sign that does not fit the category', () => {
    expect(indicatorPointsProblem('misconduct', 3)).toMatch(/must be negative/);
    expect(indicatorPointsProblem('environment', -3)).toMatch(/must be positive/);
  });
});
