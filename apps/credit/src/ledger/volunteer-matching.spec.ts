import { describe, expect, it } from '@jest/globals';
import { applicationConflict, matchesRegisteredResident, volunteerAwardKey } from './volunteer-matching.js';

const HASH = 'a'.repeat(64);

describe('volunteer matching', () => {
  it('matches an unmatched participation on the ID-number hash only', () => {
    expect(matchesRegisteredResident({ outcome: 'unmatched', residentIdHash: HASH }, HASH)).toBe(true);
    expect(matchesRegisteredResident({ outcome: 'unmatched', residentIdHash: HASH }, 'b'.repeat(64))).toBe(false);
    // Recorded before hashes were kept: staff apply it.
    expect(matchesRegisteredResident({ outcome: 'unmatched', residentIdHash: null }, HASH)).toBe(false);
    // Already awarded (or refused by a rule): never matched again.
    expect(matchesRegisteredResident({ outcome: 'awarded', residentIdHash: HASH }, HASH)).toBe(false);
    expect(matchesRegisteredResident({ outcome: 'limit-reached', residentIdHash: HASH }, HASH)).toBe(false);
  });

  it('lets staff apply only an unmatched participation', () => {
    expect(applicationConflict({ outcome: 'unmatched', residentId: null })).toBeUndefined();
    expect(applicationConflict({ outcome: 'awarded', residentId: 'r-1' })).toContain('already applied (outcome awarded, resident r-1)');
  });

  it('keys the award by activity and resident, whichever way it arrives', () => {
    expect(volunteerAwardKey('act-1', 'res-1')).toBe('volunteer-activity:act-1:res-1');
  });
});
