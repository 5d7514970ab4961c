import { normaliseForLookup } from './pii-cipher.js';
import { clock } from '../clock/clock.js';

/** Weights of the first 17 digits in the GB 11643-1999 check (2^(17-i) mod 11). */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARACTERS = '10X98765432';
export const ID_NUMBER_SHAPE = /^\d{17}[\dX]$/;

/** The check character (0-9 or X) that belongs after 17 digits, per GB 11643 (ISO 7064 MOD 11-2). */
export function idNumberCheckCharacter(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error('expected 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARACTERS[sum % 11]!;
}

/** Upper-case X, no spaces: the form that is stored, hashed (PiiCipher.lookupHash) and compared. */
export function normaliseIdNumber(value: string): string {
  return normaliseForLookup(value);
}

/**
 * Why `value` is not a valid 18-character mainland resident ID number, or undefined when it is:
 * shape, a real birth date (not in the future, not before 1900) and the check character.
 */
export function idNumberProblem(value: string, today: Date = clock.now()): string | undefined {
  const id = normaliseIdNumber(value);
  if (!ID_NUMBER_SHAPE.test(id)) return 'ID number must be 17 digits followed by a digit or X';
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  const birth = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || birth.getUTCFullYear() !== year || birth.getUTCMonth() !== month - 1 || birth.getUTCDate() !== day || birth.getTime() > today.getTime()) {
    return 'ID number contains no valid date of birth';
  }
  if (idNumberCheckCharacter(id.slice(0, 17)) !== id[17]) return 'ID number check digit does not match';
  return undefined;
}

export function isValidIdNumber(value: string, today?: Date): boolean {
  return idNumberProblem(value, today) === undefined;
}

/** Mainland mobile numbers: 11 digits starting with 1 and a network digit 3-9. */
export const MOBILE_SHAPE = /^1[3-9]\d{9}$/;

export function isValidMobile(value: string): boolean {
  return MOBILE_SHAPE.test(value);
}
