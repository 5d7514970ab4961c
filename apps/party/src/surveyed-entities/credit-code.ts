/**
 * Unified social credit code (统一社会信用代码), GB 32100-2015: 18 characters from a 31-character set
 * (digits and capitals without I, O, Z, S, V). Positions 1-2 registration authority and type, 3-8 the
 * administrative division (digits), 9-17 the organisation code, 18 a check character (MOD 31).
 */
export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
export const CREDIT_CODE_SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** The check character that belongs after the first 17 characters. */
export function creditCodeCheckCharacter(first17: string): string {
  if (first17.length !== 17) throw new Error('expected 17 characters');
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const value = CREDIT_CODE_CHARSET.indexOf(first17[i]!);
    if (value < 0) throw new Error(`character ${first17[i]} is not allowed in a credit code`);
    sum += value * WEIGHTS[i]!;
  }
  return CREDIT_CODE_CHARSET[(31 - (sum % 31)) % 31]!;
}

/** Upper case without spaces: the form that is stored and compared. */
export function normaliseCreditCode(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

/** Why a value is not a valid code, or null when it is. Takes the normalised form. */
export function creditCodeProblem(code: string): string | null {
  if (!CREDIT_CODE_SHAPE.test(code)) {
    return 'must be 18 characters: digits and capital letters except I, O, Z, S, V, with a 6-digit administrative division in positions 3-8';
  }
  const expected = creditCodeCheckCharacter(code.slice(0, 17));
  return code[17] === expected ? null : `check character should be ${expected} (GB 32100)`;
}

export function isValidCreditCode(value: string): boolean {
  return creditCodeProblem(normaliseCreditCode(value)) === null;
}
