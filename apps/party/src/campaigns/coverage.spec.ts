import { describe, expect, it } from '@jest/globals';
import { coveragePercent } from './coverage.js';

describe('coveragePercent', () => {
  it('gives one decimal, rounding half up', () => {
    expect(coveragePercent(51, 51)).toBe('100.0');
    expect(coveragePercent(0, 17)).toBe('0.0');
    expect(coveragePercent(1, 3)).toBe('33.3');
    expect(coveragePercent(2, 3)).toBe('66.7');
    expect(coveragePercent(1, 8)).toBe('12.5');
    expect(coveragePercent(1, 16)).toBe('6.3'); // 6.25 rounds up
  });

  it('can exceed 100 when more entities were surveyed than planned', () => {
    expect(coveragePercent(60, 51)).toBe('117.6');
  });

  it('refuses nonsense', () => {
    expect(() => coveragePercent(1, 0)).toThrow(RangeError);
    expect(() => coveragePercent(-1, 5)).toThrow(RangeError);
    expect(() => coveragePercent(1.5, 5)).toThrow(RangeError);
  });
});
