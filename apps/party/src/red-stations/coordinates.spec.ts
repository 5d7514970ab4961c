import { describe, expect, it } from '@jest/globals';
import { isCoordinate } from './coordinates.js';

describe('isCoordinate', () => {
  it('accepts decimal strings within range, up to 6 places', () => {
    for (const value of ['30.541230', '-90', '90.000000', '0', '-0.5']) expect(isCoordinate('latitude', value)).toBe(true);
    for (const value of ['116.998760', '-180', '180.000000', '7']) expect(isCoordinate('longitude', value)).toBe(true);
  });

  it('rejects values out of range', () => {
    expect(isCoordinate('latitude', '90.000001')).toBe(false);
    expect(isCoordinate('latitude', '-91')).toBe(false);
    expect(isCoordinate('latitude', '116.998760')).toBe(false);
    expect(isCoordinate('longitude', '180.000001')).toBe(false);
    expect(isCoordinate('longitude', '-200')).toBe(false);
  });

  it('rejects numbers, more than 6 places and other notations', () => {
    expect(isCoordinate('latitude', 30.54123)).toBe(false);
    expect(isCoordinate('latitude', '30.5412301')).toBe(false);
    for (const value of ['', '30.', '.5', '+30.5', '3e1', ' 30.5', '30,5', '1000']) expect(isCoordinate('longitude', value)).toBe(false);
  });
});
