/** A point in GCJ-02 degrees, the system WeChat's maps and `getLocation({type:'gcj02'})` use. */
export interface GeoPoint {
  latitude: number;
  longitude: number;
}

const EARTH_RADIUS_METERS = 6371008.8;

/**
 * Great-circle distance (haversine). GCJ-02 is WGS-84 shifted by at most a few hundred metres, so distances between
 * two GCJ-02 points are accurate to well under 1% at city scale, which is all "nearest first" needs.
 */
export function distanceMeters(a: GeoPoint, b: GeoPoint): number {
  const toRadians = (degrees: number) => (degrees * Math.PI) / 180;
  const dLat = toRadians(b.latitude - a.latitude);
  const dLng = toRadians(b.longitude - a.longitude);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(toRadians(a.latitude)) * Math.cos(toRadians(b.latitude)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Nearest first; equal distances keep their original order so the result is stable. */
export function sortByDistance<T extends GeoPoint>(
  items: readonly T[],
  origin: GeoPoint,
): (T & { distanceMeters: number })[] {
  return items
    .map((item, index) => ({ item, index, distance: distanceMeters(origin, item) }))
    .sort((a, b) => a.distance - b.distance || a.index - b.index)
    .map(({ item, distance }) => ({ ...item, distanceMeters: Math.round(distance) }));
}
