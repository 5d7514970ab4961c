import { describe, expect, it } from '@jest/globals';
import { isLatitude, isLongitude } from './coordinates.js';

describe('coordinates', () => {
  it('accepts decimal strings within range, up to 6 places', () => {
    for (const value of ['30.541230', '-90', '90.000000', '0', '-0.5']) expect(isLatitude(value)).toBe(true);
    for (const value of ['116.998760', '-180', '180.000000', '7']) expect(isLongitude(value)).toBe(true);
  });

  it('rejects values out of range', () => {
    expect(isLatitude('90.000001')).toBe(false);
    expect(isLatitude('-91')).toBe(false);
    expect(isLongitude('180.000001')).toBe(false);
    expect(isLongitude('-200')).toBe(false);
  });

  it('rejects numbers, more than 6 places and other notations', () => {
    expect(isLatitude(30.54123)).toBe(false);
    expect(isLatitude('30.5412301')).toBe(false);
    for (const value of ['', '30.', '.5', '+30.5', '3e1', ' 30.5', '30,5', '1000']) expect(isLongitude(value)).toBe(false);
  });
});
