/** Mainland resident ID: first 6 (region) + 8 stars + last 4, e.g. 340811********1234. */
export function maskIdNumber(idNumber: string): string {
  if (idNumber.length < 10) return '*'.repeat(idNumber.length);
  return `${idNumber.slice(0, 6)}********${idNumber.slice(-4)}`;
}

/** Mobile number: first 3 + 4 stars + last 4, e.g. 139****5678. */
export function maskPhone(phone: string): string {
  if (phone.length < 7) return '*'.repeat(phone.length);
  return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
}

/** Personal name: keep the surname only, e.g. 杨** — enough for a resident to recognise an entry as theirs. */
export function maskName(name: string): string {
  const characters = [...name];
  if (characters.length <= 1) return '*';
  return characters[0] + '*'.repeat(characters.length - 1);
}
