import { describe, expect, it } from '@jest/globals';
import { creditCodeCheckCharacter, creditCodeProblem, isValidCreditCode, normaliseCreditCode } from './credit-code.js';

describe('unified social credit code (GB 32100)', () => {
  it('computes the check character, including letters and 0 for a remainder of 0', () => {
    // The standard's worked example.
    expect(creditCodeCheckCharacter('91350100M000100Y4')).toBe('3');
    expect(isValidCreditCode('91350100M000100Y43')).toBe(true);
    // Search for a prefix whose check is 0 and one whose check is a letter, and confirm both validate.
    const seen = new Set<string>();
    for (let n = 0; n < 400; n += 1) {
      const first17 = `91340800MA${String(n).padStart(7, '0')}`;
      const check = creditCodeCheckCharacter(first17);
      seen.add(/\d/.test(check) ? (check === '0' ? 'zero' : 'digit') : 'letter');
      expect(isValidCreditCode(first17 + check)).toBe(true);
    }
    expect(seen).toEqual(new Set(['zero', 'digit', 'letter']));
  });

  it('rejects a wrong check character and names the right one', () => {
    expect(creditCodeProblem('91350100M000100Y44')).toBe('check character should be 3 (GB 32100)');
  });

  it('rejects the wrong length, forbidden letters and a non-numeric division code', () => {
    expect(creditCodeProblem('91350100M000100Y4')).toMatch(/18 characters/);
    expect(creditCodeProblem('91350100M000100Y433')).toMatch(/18 characters/);
    for (const letter of ['I', 'O', 'Z', 'S', 'V']) expect(creditCodeProblem(`91350100M00010${letter}Y43`)).toMatch(/18 characters/);
    expect(creditCodeProblem('9135A100M000100Y43')).toMatch(/division/);
    expect(() => creditCodeCheckCharacter('91350100M000100I4')).toThrow(/not allowed/);
  });

  it('normalises case and spaces before checking', () => {
    expect(normaliseCreditCode(' 91350100m000100y43 ')).toBe('91350100M000100Y43');
    expect(isValidCreditCode('91350100m000100y43')).toBe(true);
  });
});
