// Centre positions are stored in GCJ-02, the system of Chinese map apps (Amap, Tencent, WeChat).
// Admins copy a point from such an app and paste it here; apps differ in the order they print
// ("lat,lng" or "lng,lat"), but inside China the two ranges never overlap, so the order can be told.

export interface LatLng {
  latitude: number;
  longitude: number;
}

export const LATITUDE_RANGE = { min: 18, max: 54 } as const;
export const LONGITUDE_RANGE = { min: 73, max: 136 } as const;

export type PasteResult = { ok: true; value: LatLng; swapped: boolean } | { ok: false; error: string };

function isLatitude(value: number): boolean {
  return value >= LATITUDE_RANGE.min && value <= LATITUDE_RANGE.max;
}

function isLongitude(value: number): boolean {
  return value >= LONGITUDE_RANGE.min && value <= LONGITUDE_RANGE.max;
}

/**
 * Reads a pasted point: "24.874,118.676", "118.676,24.874", "118.676 24.874", "24.874，118.676",
 * or a map link that contains the pair (e.g. Amap's `position=118.676,24.874`).
 * `swapped` tells that the text had longitude first.
 */
export function parseCoordinatePaste(text: string): PasteResult {
  const numbers = (text.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
  const [first, second, ...others] = numbers;
  if (first === undefined || second === undefined || others.length > 0) {
    return { ok: false, error: '请粘贴两个数字：纬度和经度，例如 24.874,118.676。' };
  }
  if (isLatitude(first) && isLongitude(second)) {
    return { ok: true, value: { latitude: first, longitude: second }, swapped: false };
  }
  if (isLongitude(first) && isLatitude(second)) {
    return { ok: true, value: { latitude: second, longitude: first }, swapped: true };
  }
  return { ok: false, error: '这不是中国境内的坐标：纬度应在 18–54 之间，经度应在 73–136 之间。' };
}

/** Six decimals (about 0.1 m) is more than a map app gives; trailing zeros are dropped. */
export function roundCoordinate(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** A link to see the point on Amap (GCJ-02, so no conversion), opened in a new tab by the admin. */
export function amapMarkerUrl(point: LatLng, name?: string): string {
  const position = `${roundCoordinate(point.longitude)},${roundCoordinate(point.latitude)}`;
  const nameParam = name ? `&name=${encodeURIComponent(name)}` : '';
  return `https://uri.amap.com/marker?position=${position}${nameParam}&coordinate=gaode&callnative=0`;
}

/** Whether typed coordinates are usable numbers inside China. */
export function validCoordinates(latitude: number, longitude: number): boolean {
  return Number.isFinite(latitude) && Number.isFinite(longitude) && isLatitude(latitude) && isLongitude(longitude);
}
