import { maskIdNumber, maskPhone } from './masking.js';
import { isValidIdNumber, isValidMobile } from './resident-id.js';

/** A personal number found in free text: its kind, where it stands (UTF-16 offsets, end exclusive) and its digits. */
export interface PersonalNumberFinding {
  kind: 'id-number' | 'mobile-phone';
  start: number;
  end: number;
  /** The number as stored elsewhere: ASCII digits, upper-case X, no separators. */
  value: string;
}

/** Full-width digits (０-９) and Ｘ/ｘ as typed on Chinese keyboards, read as their ASCII forms. */
function asciiOf(character: string): string {
  const code = character.charCodeAt(0);
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xff10 + 0x30);
  if (character === 'Ｘ' || character === 'ｘ' || character === 'x') return 'X';
  return character;
}

/** Groups of digits (the last may end in X) joined by up to three spaces or dashes, half- or full-width (`139 - 0000`). */
const DIGIT_RUN = /[0-9０-９]+(?:[ \u3000\-－—]{1,3}[0-9０-９]+)*[XxＸｘ]?/g;
const GROUP = /[0-9０-９]+[XxＸｘ]?/g;

/**
 * Every 18-character resident ID number (with a valid date of birth and check character) and every mainland mobile
 * number (11 digits, 1 and a network digit 3-9; an 86 country prefix counts) in `text`. A number may be typed with
 * spaces or dashes between its digits and in full-width digits; it must take up whole groups of a run of digits, so
 * a longer run (an account or contract number) holds no false finding. Pure: `today` bounds the date of birth.
 */
export function findPersonalNumbers(text: string, today?: Date): PersonalNumberFinding[] {
  const findings: PersonalNumberFinding[] = [];
  for (const run of text.matchAll(DIGIT_RUN)) {
    const groups = [...run[0].matchAll(GROUP)].map((group) => ({ start: run.index + group.index, text: [...group[0]].map(asciiOf).join('') }));
    let first = 0;
    while (first < groups.length) {
      const found = numberStartingAt(groups, first, today);
      if (found === undefined) {
        first += 1;
        continue;
      }
      const last = groups[found.lastGroup]!;
      findings.push({ kind: found.kind, start: groups[first]!.start, end: last.start + last.text.length - found.unusedX, value: found.value });
      first = found.lastGroup + 1;
    }
  }
  return findings;
}

/** The number made of whole groups from `first` on, an ID number before a mobile number that starts it. */
function numberStartingAt(
  groups: { text: string }[],
  first: number,
  today?: Date,
): { kind: PersonalNumberFinding['kind']; value: string; lastGroup: number; unusedX: 0 | 1 } | undefined {
  let joined = '';
  let mobile: { kind: 'mobile-phone'; value: string; lastGroup: number; unusedX: 0 | 1 } | undefined;
  for (let index = first; index < groups.length && joined.length < 18; index += 1) {
    joined += groups[index]!.text;
    // An X may only close an ID number.
    if (joined.slice(0, -1).includes('X')) break;
    if (joined.length === 18 && isValidIdNumber(joined, today)) return { kind: 'id-number', value: joined, lastGroup: index, unusedX: 0 };
    // A letter x straight after a phone number is text, not part of it (13900000001x).
    const unusedX = joined.endsWith('X') ? 1 : 0;
    const digits = joined.slice(0, joined.length - unusedX);
    if (mobile === undefined && digits.length === 11 && isValidMobile(digits)) mobile = { kind: 'mobile-phone', value: digits, lastGroup: index, unusedX };
    if (mobile === undefined && digits.length === 13 && digits.startsWith('86') && isValidMobile(digits.slice(2)))
      mobile = { kind: 'mobile-phone', value: digits.slice(2), lastGroup: index, unusedX };
  }
  return mobile;
}

/** `text` with every personal number replaced by its platform mask (340811********1234, 139****5678). */
export function maskPersonalNumbers(text: string, today?: Date): string {
  let masked = '';
  let from = 0;
  for (const finding of findPersonalNumbers(text, today)) {
    masked += text.slice(from, finding.start) + (finding.kind === 'id-number' ? maskIdNumber(finding.value) : maskPhone(finding.value));
    from = finding.end;
  }
  return masked + text.slice(from);
}
