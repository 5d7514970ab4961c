import { describe, expect, it } from '@jest/globals';
import { nextSetAt, supersedes, type YearVersion } from './year-version.js';

const at = (iso: string) => new Date(iso);
const EVENT_A = '1b4e28ba-2fa1-4d3b-8f6e-0a1b2c3d4e5f';
const EVENT_B = '9c858901-8a57-4791-81fe-4c455b099bc9';

describe('supersedes', () => {
  const stored: YearVersion = { setAt: at('2026-11-05T01:00:00.000Z'), eventId: EVENT_A };

  it('applies a year this service does not have', () => {
    expect(supersedes({ setAt: at('2020-01-01T00:00:00.000Z'), eventId: EVENT_A }, undefined)).toBe(true);
  });

  it('lets any administrator write replace shipped data, however old', () => {
    const shipped: YearVersion = { setAt: at('2026-12-01T00:00:00.000Z'), eventId: null };
    expect(supersedes({ setAt: at('2026-01-01T00:00:00.000Z'), eventId: EVENT_A }, shipped)).toBe(true);
  });

  it('keeps the later write', () => {
    expect(supersedes({ setAt: at('2026-11-05T01:00:00.001Z'), eventId: EVENT_A }, stored)).toBe(true);
    expect(supersedes({ setAt: at('2026-11-05T00:59:59.999Z'), eventId: EVENT_B }, stored)).toBe(false);
  });

  it('ignores the version already stored, so a service applying its own event changes nothing', () => {
    expect(supersedes({ setAt: stored.setAt, eventId: EVENT_A }, stored)).toBe(false);
  });

  it('breaks a tie on the instant by event id, the same way in every service', () => {
    const other: YearVersion = { setAt: stored.setAt, eventId: EVENT_B };
    expect(supersedes({ setAt: stored.setAt, eventId: EVENT_B }, stored)).toBe(true);
    expect(supersedes({ setAt: stored.setAt, eventId: EVENT_A }, other)).toBe(false);
  });
});

describe('nextSetAt', () => {
  const now = at('2026-11-05T01:00:00.000Z');

  it('is now when nothing newer is stored', () => {
    expect(nextSetAt(now, undefined)).toEqual(now);
    expect(nextSetAt(now, { setAt: at('2026-11-04T00:00:00.000Z'), eventId: EVENT_A })).toEqual(now);
  });

  it('steps just past a stored version stamped by a clock running ahead', () => {
    const ahead = at('2026-11-05T01:00:05.000Z');
    const setAt = nextSetAt(now, { setAt: ahead, eventId: EVENT_A });
    expect(setAt).toEqual(at('2026-11-05T01:00:05.001Z'));
    expect(supersedes({ setAt, eventId: EVENT_B }, { setAt: ahead, eventId: EVENT_A })).toBe(true);
  });

  it('steps past a version stored at the same instant', () => {
    expect(nextSetAt(now, { setAt: now, eventId: EVENT_A })).toEqual(at('2026-11-05T01:00:00.001Z'));
  });
});
