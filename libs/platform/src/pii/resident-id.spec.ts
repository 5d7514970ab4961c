import { describe, expect, it } from '@jest/globals';
import { idNumberCheckCharacter, idNumberProblem, isValidIdNumber, isValidMobile, normaliseIdNumber } from './resident-id.js';

describe('mainland ID number (GB 11643)', () => {
  it('computes the check character, including X for remainder 2', () => {
    // The standard's own worked example: 11010519491231002 → X.
    expect(idNumberCheckCharacter('11010519491231002')).toBe('X');
    expect(idNumberCheckCharacter('44052418800101001')).toBe('4');
  });

  it('accepts valid numbers, with a lower-case x and spaces', () => {
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
    expect(isValidIdNumber('11010519491231002x')).toBe(true);
    expect(isValidIdNumber(' 110105 19491231002X')).toBe(true);
    expect(normaliseIdNumber(' 11010519491231002x')).toBe('11010519491231002X');
  });

  it('rejects a wrong check digit, a bad shape and impossible birth dates', () => {
    expect(idNumberProblem('110105194912310021')).toMatch(/check digit/);
    expect(idNumberProblem('11010519491231002')).toMatch(/17 digits/);
    expect(idNumberProblem('1101051949123100XX')).toMatch(/17 digits/);
    const feb30 = '3408112023023000' + '1';
    expect(idNumberProblem(feb30 + idNumberCheckCharacter(feb30))).toMatch(/date of birth/);
    const future = '3408112099010100' + '1';
    expect(idNumberProblem(future + idNumberCheckCharacter(future), new Date('2026-01-01T00:00:00Z'))).toMatch(/date of birth/);
  });

  it('validates mobile numbers', () => {
    expect(isValidMobile('13955612345')).toBe(true);
    expect(isValidMobile('12955612345')).toBe(false);
    expect(isValidMobile('1395561234')).toBe(false);
  });
});
