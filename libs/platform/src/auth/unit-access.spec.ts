import { ForbiddenException } from '@nestjs/common';
import { describe, expect, it } from '@jest/globals';
import type { AuthUser } from './auth-user.js';
import { assertUnitAccess, canActForUnit } from './unit-access.js';

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
});
