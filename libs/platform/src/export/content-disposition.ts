/**
 * `attachment` with both names: `filename` in ASCII for old clients, `filename*` (RFC 5987/6266) with the
 * Chinese name in UTF-8, which browsers prefer when they understand it.
 */
export function attachmentDisposition(asciiName: string, unicodeName: string): string {
  const fallback = asciiName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(unicodeName)}`;
}

/** Percent-encodes everything outside RFC 5987's attr-char set (encodeURIComponent leaves `'()*!` alone). */
export function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*!]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}
