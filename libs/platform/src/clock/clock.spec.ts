import { afterEach, describe, expect, it } from '@jest/globals';
import { Clock, clockSettingOf } from './clock.js';

describe('Clock', () => {
  const clock = new Clock();
  afterEach(() => clock.reset());

  it('reads the system clock by default', () => {
    const before = Date.now();
    const now = clock.now().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });

  it('gives today in Asia/Shanghai, which turns at 16:00 UTC', () => {
    clock.freezeAt('2026-12-31T15:59:59Z');
    expect(clock.today()).toBe('2026-12-31');
    clock.freezeAt('2026-12-31T16:00:00Z');
    expect(clock.today()).toBe('2027-01-01');
  });

  it('stays put when frozen', () => {
    clock.freezeAt('2027-12-29T10:00:00+08:00');
    expect(clock.now().toISOString()).toBe('2027-12-29T02:00:00.000Z');
    expect(clock.now().toISOString()).toBe('2027-12-29T02:00:00.000Z');
  });

  it('runs on from where it was started', () => {
    clock.startAt('2031-06-30T09:00:00+08:00');
    const read = clock.now().getTime();
    expect(read).toBeGreaterThanOrEqual(Date.parse('2031-06-30T01:00:00Z'));
    expect(read).toBeLessThan(Date.parse('2031-06-30T01:01:00Z'));
    expect(clock.today()).toBe('2031-06-30');
  });

  it('returns to its configured setting on reset', () => {
    const configured = new Clock(clockSettingOf('frozen:2027-12-29T10:00:00+08:00'));
    configured.freezeAt('2030-01-01T00:00:00Z');
    configured.reset();
    expect(configured.today()).toBe('2027-12-29');
  });
});

describe('clockSettingOf (PLATFORM_CLOCK)', () => {
  it('is the system clock when unset or empty', () => {
    expect(clockSettingOf(undefined)).toEqual({ kind: 'system' });
    expect(clockSettingOf(' ')).toEqual({ kind: 'system' });
  });

  it('runs from an instant, or stays frozen at one', () => {
    const now = Date.parse('2026-11-29T00:00:00Z');
    expect(clockSettingOf('2027-12-29T10:00:00+08:00', now)).toEqual({ kind: 'offset', offsetMs: Date.parse('2027-12-29T02:00:00Z') - now });
    expect(clockSettingOf('frozen:2031-06-30T10:00:00+08:00')).toEqual({ kind: 'frozen', at: Date.parse('2031-06-30T02:00:00Z') });
  });

  it.each(['2027-12-29', '2027-12-29T10:00:00', 'tomorrow', 'frozen:'])('rejects %j, which has no offset or is no instant', (value) => {
    expect(() => clockSettingOf(value)).toThrow(/PLATFORM_CLOCK/);
  });
});
