import { describe, expect, it } from '@jest/globals';
import { distanceMetres } from './distance.js';

describe('distanceMetres', () => {
  it('is zero for the same point and symmetric', () => {
    const point = { latitude: 30.54123, longitude: 116.99876 };
    expect(distanceMetres(point, point)).toBe(0);
    const other = { latitude: 30.55, longitude: 117.01 };
    expect(distanceMetres(point, other)).toBe(distanceMetres(other, point));
  });

  it('matches known distances: one degree of latitude and of longitude at the equator', () => {
    // 2πR / 360 with R = 6 371 008.8 m.
    expect(distanceMetres({ latitude: 0, longitude: 0 }, { latitude: 1, longitude: 0 })).toBe(111_195);
    expect(distanceMetres({ latitude: 0, longitude: 0 }, { latitude: 0, longitude: 1 })).toBe(111_195);
  });

  it('shrinks east-west distances with latitude (about cos 30.5° at Anqing)', () => {
    const east = distanceMetres({ latitude: 30.5, longitude: 117 }, { latitude: 30.5, longitude: 117.01 });
    expect(east).toBeGreaterThan(957);
    expect(east).toBeLessThan(960);
  });

  it('handles antipodes without NaN', () => {
    expect(distanceMetres({ latitude: 0, longitude: 0 }, { latitude: 0, longitude: 180 })).toBe(20_015_114);
  });
});
