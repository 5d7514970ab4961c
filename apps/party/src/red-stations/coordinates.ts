/** Degrees with at most 6 places: what numeric(9,6) stores without rounding (about 0.1 m). */
export const COORDINATE_PATTERN = /^-?\d{1,3}(\.\d{1,6})?$/;

function withinDegrees(value: unknown, bound: number): boolean {
  // Number() only compares against the bound; the stored value stays the exact decimal string.
  return typeof value === 'string' && COORDINATE_PATTERN.test(value) && Math.abs(Number(value)) <= bound;
}

/** A WGS-84 latitude as a decimal string, e.g. "30.541230". */
export function isLatitude(value: unknown): boolean {
  return withinDegrees(value, 90);
}

/** A WGS-84 longitude as a decimal string, e.g. "116.998760". */
export function isLongitude(value: unknown): boolean {
  return withinDegrees(value, 180);
}
