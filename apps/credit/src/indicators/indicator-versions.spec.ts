import { describe, expect, it } from '@jest/globals';
import { newVersionProblem, versionInEffect, type IndicatorTerms } from './indicator-versions.js';

const v1: IndicatorTerms = { version: 1, points: 4, effectiveFrom: '2026-01-10' };
const v2: IndicatorTerms = { version: 2, points: 6, effectiveFrom: '2026-07-01' };
const v3: IndicatorTerms = { version: 3, points: 5, effectiveFrom: '2027-01-01' };

describe('versionInEffect', () => {
  it('takes the latest version that took effect on or before the date', () => {
    expect(versionInEffect([v1, v2, v3], '2026-06-30')).toBe(v1);
    expect(versionInEffect([v1, v2, v3], '2026-07-01')).toBe(v2);
    expect(versionInEffect([v1, v2, v3], '2026-12-31')).toBe(v2);
    expect(versionInEffect([v1, v2, v3], '2027-01-01')).toBe(v3);
    expect(versionInEffect([v1, v2, v3], '2030-05-05')).toBe(v3);
  });

  it('gives a date before the first version the original terms', () => {
    expect(versionInEffect([v1, v2], '2025-12-31')).toBe(v1);
  });

  it('does not depend on the order the versions come in', () => {
    expect(versionInEffect([v3, v1, v2], '2026-08-01')).toBe(v2);
  });

  it('needs at least one version', () => {
    expect(() => versionInEffect([], '2026-01-01')).toThrow();
  });
});

describe('newVersionProblem', () => {
  const today = '2026-05-20';

  it('accepts a changed value from today or a later day', () => {
    expect(newVersionProblem(v1, { points: 6, effectiveFrom: today }, today)).toBeUndefined();
    expect(newVersionProblem(v1, { points: 6, effectiveFrom: '2026-07-01' }, today)).toBeUndefined();
  });

  it('refuses the same points', () => {
    expect(newVersionProblem(v1, { points: 4, effectiveFrom: '2026-07-01' }, today)?.slug).toBe('indicator-version-unchanged');
  });

  it('refuses a version that does not take effect after the latest one', () => {
    expect(newVersionProblem(v2, { points: 8, effectiveFrom: '2026-07-01' }, today)?.slug).toBe('indicator-version-out-of-order');
    expect(newVersionProblem(v2, { points: 8, effectiveFrom: '2026-06-01', backdatingReason: '文件追溯' }, today)?.slug).toBe('indicator-version-out-of-order');
  });

  it('refuses a past day without a reason and accepts it with one', () => {
    expect(newVersionProblem(v1, { points: 6, effectiveFrom: '2026-05-19' }, today)?.slug).toBe('indicator-version-backdated');
    expect(newVersionProblem(v1, { points: 6, effectiveFrom: '2026-05-19', backdatingReason: '街道文件自5月19日起执行' }, today)).toBeUndefined();
  });
});
