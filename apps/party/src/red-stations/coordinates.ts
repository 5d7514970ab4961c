/** Degrees with at most 6 places: what numeric(9,6) stores without rounding (about 0.1 m). */
export const COORDINATE_PATTERN = /^-?\d{1,3}(\.\d{1,6})?$/;

export const DEGREE_BOUNDS = { latitude: 90, longitude: 180 } as const;
export type Axis = keyof typeof DEGREE_BOUNDS;

/** A WGS-84 latitude or longitude as a decimal string, e.g. "30.541230" or "116.998760". */
export function isCoordinate(axis: Axis, value: unknown): boolean {
  // Number() only compares against the bound; the stored value stays the exact decimal string.
  return typeof value === 'string' && COORDINATE_PATTERN.test(value) && Math.abs(Number(value)) <= DEGREE_BOUNDS[axis];
}
