import { ForbiddenException, NotFoundException } from '@nestjs/common';
import { describe, expect, it } from '@jest/globals';
import type { AuthUser } from './auth-user.js';
import { ProblemException } from '../problem/problem.exception.js';
import { assertUnitAccess, assertZoneScope, canActForUnit, hasZoneScope, loadAuthorised } from './unit-access.js';

const clerk: AuthUser = { id: 'u-1', roles: ['village-clerk'], units: ['菱北办事处'], kind: 'user' };
const leader: AuthUser = { id: 'u-2', roles: ['leadership'], units: ['zone'], kind: 'user' };

describe('unit access', () => {
  it('lets users act for their own units, and zone-wide users for every unit', () => {
    expect(canActForUnit(clerk, '菱北办事处')).toBe(true);
    expect(canActForUnit(clerk, '老峰镇')).toBe(false);
    expect(canActForUnit(leader, '老峰镇')).toBe(true);
  });

  it('turns a refusal into a 403', () => {
    expect(() => assertUnitAccess(clerk, '老峰镇')).toThrow(ForbiddenException);
    expect(() => assertUnitAccess(clerk, '菱北办事处')).not.toThrow();
  });

  it('grants zone-wide settings only to callers acting for the zone', () => {
    expect(hasZoneScope(leader)).toBe(true);
    expect(hasZoneScope(clerk)).toBe(false);
    expect(() => assertZoneScope(leader)).not.toThrow();
    let refusal: unknown;
    try {
      assertZoneScope(clerk);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(ProblemException);
    expect((refusal as ProblemException).problem).toMatchObject({ status: 403, type: 'urn:zone-gov:problem:zone-scope-required' });
  });

  describe('loadAuthorised', () => {
    const record = { unitCode: '老峰镇', status: 'closed' };
    const notFound = () => new NotFoundException('no such record');

    it('answers 404 for a missing record without asking who the caller is', async () => {
      let asked = false;
      await expect(
        loadAuthorised(
          async () => null,
          notFound,
          () => void (asked = true),
        ),
      ).rejects.toBeInstanceOf(NotFoundException);
      expect(asked).toBe(false);
    });

    it('refuses an outsider before the caller can look at the state', async () => {
      const loaded = loadAuthorised(
        async () => record,
        notFound,
        (found) => assertUnitAccess(clerk, found.unitCode),
      );
      await expect(loaded).rejects.toBeInstanceOf(ForbiddenException);
    });

    it('hands the record over once the caller may act for it, awaiting asynchronous checks', async () => {
      const checks: string[] = [];
      const found = await loadAuthorised(
        async () => record,
        notFound,
        async (candidate) => {
          await Promise.resolve();
          checks.push(candidate.unitCode);
          assertUnitAccess(leader, candidate.unitCode);
        },
      );
      expect(found).toBe(record);
      expect(checks).toEqual(['老峰镇']);
    });
  });
});
