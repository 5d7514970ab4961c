import { describe, expect, it } from '@jest/globals';
import { managementDateOf } from './management-date.js';

describe('managementDateOf', () => {
  it('dates an entity taken under management on the day given, else today', () => {
    expect(managementDateOf('under-management', '2026-03-26', '2026-04-30')).toEqual({ managedOn: '2026-03-26' });
    expect(managementDateOf('under-management', undefined, '2026-04-30')).toEqual({ managedOn: '2026-04-30' });
    expect(managementDateOf('under-management', '2026-04-30', '2026-04-30')).toEqual({ managedOn: '2026-04-30' });
  });

  it('has no date while not under management', () => {
    expect(managementDateOf('not-under-management', undefined, '2026-04-30')).toEqual({ managedOn: null });
  });

  it('refuses a future day, and a day for an entity not under management', () => {
    expect(managementDateOf('under-management', '2026-05-01', '2026-04-30')).toEqual({ problem: 'managedOn 2026-05-01 is after today (2026-04-30)' });
    expect(managementDateOf('not-under-management', '2026-04-01', '2026-04-30')).toEqual({ problem: 'managedOn is only for an entity under management' });
  });
});
