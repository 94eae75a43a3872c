/**
 * WGS-84 → GCJ-02 ("Mars coordinates"). Browsers report WGS-84; WeChat, the server and the map
 * links all use GCJ-02, so H5 positions are converted once, here, before they go anywhere.
 *
 * The published offset formula on the Krasovsky 1940 ellipsoid. Points outside the rectangle
 * that the formula's users agree covers mainland China get no offset.
 */

export interface LatLng {
  latitude: number;
  longitude: number;
}

/** Krasovsky 1940: semi-major axis (m) and first eccentricity squared. */
const KRASOVSKY_A = 6378245.0;
const KRASOVSKY_EE = 0.00669342162296594323;

export function isOutsideChina({ latitude, longitude }: LatLng): boolean {
  return longitude < 72.004 || longitude > 137.8347 || latitude < 0.8293 || latitude > 55.8271;
}

function latitudeOffset(x: number, y: number): number {
  let offset = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  offset += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0;
  offset += ((20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin((y / 3.0) * Math.PI)) * 2.0) / 3.0;
  offset += ((160.0 * Math.sin((y / 12.0) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30.0)) * 2.0) / 3.0;
  return offset;
}

function longitudeOffset(x: number, y: number): number {
  let offset = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  offset += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0;
  offset += ((20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin((x / 3.0) * Math.PI)) * 2.0) / 3.0;
  offset += ((150.0 * Math.sin((x / 12.0) * Math.PI) + 300.0 * Math.sin((x / 30.0) * Math.PI)) * 2.0) / 3.0;
  return offset;
}

export function wgs84ToGcj02(point: LatLng): LatLng {
  if (isOutsideChina(point)) {
    return { latitude: point.latitude, longitude: point.longitude };
  }
  // The offsets are polynomials in degrees relative to (105°E, 35°N), then scaled from metres
  // on the ellipsoid back to degrees at this latitude.
  const x = point.longitude - 105.0;
  const y = point.latitude - 35.0;
  const radLatitude = (point.latitude / 180.0) * Math.PI;
  const sinLatitude = Math.sin(radLatitude);
  const w = 1 - KRASOVSKY_EE * sinLatitude * sinLatitude;
  const sqrtW = Math.sqrt(w);

  const meridianRadius = (KRASOVSKY_A * (1 - KRASOVSKY_EE)) / (w * sqrtW);
  const parallelRadius = (KRASOVSKY_A / sqrtW) * Math.cos(radLatitude);

  const deltaLatitude = (latitudeOffset(x, y) * 180.0) / (meridianRadius * Math.PI);
  const deltaLongitude = (longitudeOffset(x, y) * 180.0) / (parallelRadius * Math.PI);
  return {
    latitude: point.latitude + deltaLatitude,
    longitude: point.longitude + deltaLongitude,
  };
}
