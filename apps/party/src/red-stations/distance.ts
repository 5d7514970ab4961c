/** Mean Earth radius (IUGG), metres; the same constant the SQL filter uses. */
export const EARTH_RADIUS_METRES = 6_371_008.8;
/** Largest search radius the public list accepts. */
export const MAX_RADIUS_METRES = 50_000;

export interface Point {
  latitude: number;
  longitude: number;
}

const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle (haversine) distance in whole metres; plenty for "which rest point is near me". */
export function distanceMetres(a: Point, b: Point): number {
  const dLat = radians(b.latitude - a.latitude);
  const dLng = radians(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLng / 2) ** 2;
  return Math.round(2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h))));
}

/** The same formula in SQL, over the station's columns and a point given as parameters. */
export function distanceSql(latitudeParam: string, longitudeParam: string): string {
  return `round(2 * ${EARTH_RADIUS_METRES} * asin(least(1, sqrt(
    power(sin(radians(station.latitude::float8 - ${latitudeParam}::float8) / 2), 2) +
    cos(radians(${latitudeParam}::float8)) * cos(radians(station.latitude::float8)) *
    power(sin(radians(station.longitude::float8 - ${longitudeParam}::float8) / 2), 2)))))::int`;
}
