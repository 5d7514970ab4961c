import { describe, expect, it } from '@jest/globals';
import { applyMovement, creditScore, deltasOf, redemptionProblem, scoringPeriodOf, spendableBalance, withinLimit, ZERO_TOTALS } from './ledger-rules.js';

describe('ledger rules', () => {
  it('keeps score (earned − deducted) and balance (score − redeemed) apart', () => {
    let totals = applyMovement(ZERO_TOTALS, { kind: 'award', amount: 72 });
    totals = applyMovement(totals, { kind: 'deduction', amount: 2 });
    totals = applyMovement(totals, { kind: 'redemption', amount: 50 });
    expect(totals).toEqual({ earned: 72, deducted: 2, redeemed: 50 });
    expect(creditScore(totals)).toBe(70);
    expect(spendableBalance(totals)).toBe(20);
  });

  it('reverses each kind exactly', () => {
    const start = { earned: 10, deducted: 3, redeemed: 4 };
    for (const kind of ['award', 'deduction', 'redemption'] as const) {
      expect(applyMovement(applyMovement(start, { kind, amount: 3 }), { kind, amount: 3 }, true)).toEqual(start);
    }
    expect(deltasOf({ kind: 'award', amount: 5 })).toEqual({ scoreDelta: 5, balanceDelta: 5 });
    expect(deltasOf({ kind: 'award', amount: 5 }, true)).toEqual({ scoreDelta: -5, balanceDelta: -5 });
    expect(deltasOf({ kind: 'deduction', amount: 2 })).toEqual({ scoreDelta: -2, balanceDelta: -2 });
    expect(deltasOf({ kind: 'deduction', amount: 2 }, true)).toEqual({ scoreDelta: 2, balanceDelta: 2 });
    expect(deltasOf({ kind: 'redemption', amount: 30 })).toEqual({ scoreDelta: 0, balanceDelta: -30 });
    expect(deltasOf({ kind: 'redemption', amount: 30 }, true)).toEqual({ scoreDelta: 0, balanceDelta: 30 });
  });

  it('refuses non-positive amounts', () => {
    expect(() => applyMovement(ZERO_TOTALS, { kind: 'award', amount: 0 })).toThrow();
    expect(() => applyMovement(ZERO_TOTALS, { kind: 'award', amount: 1.5 })).toThrow();
  });

  it('redeems only what the balance covers, not what the score shows', () => {
    const totals = { earned: 70, deducted: 0, redeemed: 60 };
    expect(redemptionProblem(totals, 10)).toBeUndefined();
    expect(redemptionProblem(totals, 11)).toMatch(/balance 10 is less than 11/);
    expect(redemptionProblem(totals, 0)).toMatch(/positive/);
  });

  it('enforces per-period limits and periods by year', () => {
    expect(withinLimit(null, 1000)).toBe(true);
    expect(withinLimit(2, 1)).toBe(true);
    expect(withinLimit(2, 2)).toBe(false);
    expect(scoringPeriodOf('2026-04-18')).toBe('2026');
    expect(() => scoringPeriodOf('2026/04/18')).toThrow();
  });
});
