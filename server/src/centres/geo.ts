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

const HALF_EARTH_METERS = Math.PI * EARTH_RADIUS_METERS;
const toRadians = (degrees: number) => (degrees * Math.PI) / 180;
const toDegrees = (radians: number) => (radians * 180) / Math.PI;

/** A latitude/longitude rectangle in degrees; `allLongitudes` when it wraps a pole or the 180th meridian. */
export interface BoundingBox {
  minLat: number;
  maxLat: number;
  minLng: number;
  maxLng: number;
  allLongitudes: boolean;
}

/**
 * The smallest latitude/longitude rectangle holding every point within `radiusMeters` of `origin` (J. Matuschek,
 * "Finding points within a distance of a latitude/longitude using bounding coordinates"). A rectangle that would
 * cross a pole or the 180th meridian takes every longitude, which stays correct and only reads more rows.
 */
export function boundingBox(origin: GeoPoint, radiusMeters: number): BoundingBox {
  const angular = Math.min(Math.PI, radiusMeters / EARTH_RADIUS_METERS);
  const lat = toRadians(origin.latitude);
  const minLat = lat - angular;
  const maxLat = lat + angular;
  if (minLat > -Math.PI / 2 && maxLat < Math.PI / 2) {
    const deltaLng = toDegrees(Math.asin(Math.sin(angular) / Math.cos(lat)));
    const minLng = origin.longitude - deltaLng;
    const maxLng = origin.longitude + deltaLng;
    if (minLng >= -180 && maxLng <= 180) {
      return { minLat: toDegrees(minLat), maxLat: toDegrees(maxLat), minLng, maxLng, allLongitudes: false };
    }
  }
  return {
    minLat: Math.max(-90, toDegrees(minLat)),
    maxLat: Math.min(90, toDegrees(maxLat)),
    minLng: -180,
    maxLng: 180,
    allLongitudes: true,
  };
}

/** Where the centres are: how many, and the rectangle around them (recomputed when the centre list changes). */
export interface Extent {
  count: number;
  minLat: number;
  maxLat: number;
  minLng: number;
  maxLng: number;
}

export function extentOf(points: readonly GeoPoint[]): Extent {
  const lats = points.map((p) => p.latitude);
  const lngs = points.map((p) => p.longitude);
  return {
    count: points.length,
    minLat: Math.min(...lats),
    maxLat: Math.max(...lats),
    minLng: Math.min(...lngs),
    maxLng: Math.max(...lngs),
  };
}

/** A centre's place in the nearest-first order: whole metres, then the code, so equal distances have one order. */
export interface Ranked {
  code: string;
  meters: number;
}

const isAfter = (a: Ranked, b: Ranked) => a.meters > b.meters || (a.meters === b.meters && a.code > b.code);
const compareRanked = (a: Ranked, b: Ranked) => a.meters - b.meters || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/** The `after` cursor of the next page: the last centre of this page, as `<metres>_<code>`. */
export function encodeCursor(last: Ranked): string {
  return `${last.meters}_${last.code}`;
}

export function parseCursor(cursor: string): Ranked | undefined {
  const match = /^(\d{1,9})_([A-Za-z0-9-]{1,32})$/.exec(cursor);
  return match?.[1] && match[2] ? { meters: Number(match[1]), code: match[2] } : undefined;
}

/** Whether a point is inside the box, bounds included. */
function inBox(point: GeoPoint, box: BoundingBox): boolean {
  return (
    point.latitude >= box.minLat &&
    point.latitude <= box.maxLat &&
    (box.allLongitudes || (point.longitude >= box.minLng && point.longitude <= box.maxLng))
  );
}

/**
 * Points sorted by latitude, built once per change of the centre list: a rectangle's points are found by a binary
 * search to its southern edge and a walk to its northern one, so a search looks only at the latitude band it needs
 * (a few dozen centres of 3,000), never at every centre.
 */
export class PositionIndex<P extends GeoPoint> {
  private readonly byLatitude: readonly P[];

  constructor(points: readonly P[]) {
    this.byLatitude = [...points].sort((a, b) => a.latitude - b.latitude);
  }

  /** The points inside the box, bounds included, in latitude order. */
  inBox(box: BoundingBox): P[] {
    const found: P[] = [];
    for (let i = this.firstAtOrAbove(box.minLat); i < this.byLatitude.length; i += 1) {
      const point = this.byLatitude[i] as P;
      if (point.latitude > box.maxLat) {
        break;
      }
      if (inBox(point, box)) {
        found.push(point);
      }
    }
    return found;
  }

  private firstAtOrAbove(latitude: number): number {
    let low = 0;
    let high = this.byLatitude.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.byLatitude[middle] as P).latitude < latitude) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }
}

export type BoxReader = (box: BoundingBox) => Promise<(GeoPoint & { code: string })[]>;

/**
 * The `limit` centres nearest to `origin` after the cursor, and the cursor of the page after them (null on the last
 * page). It reads growing rectangles around the origin until it holds enough centres whose rank is certain: a
 * centre counts only when every centre of the same whole-metre distance is certainly inside the circle the
 * rectangle was drawn around. It never reads more than the rectangle it needs, except when the centres left to
 * find are more than there are near her (then the rectangle grows to hold them all).
 */
export async function findNearest(
  origin: GeoPoint,
  page: { limit: number; after?: Ranked },
  extent: Extent,
  readBox: BoxReader,
): Promise<{ items: Ranked[]; next: Ranked | null }> {
  if (extent.count === 0) {
    return { items: [], next: null };
  }
  // One more than the page: whether it exists tells if there is a next page.
  const wanted = page.limit + 1;
  const corners = [
    { latitude: extent.minLat, longitude: extent.minLng },
    { latitude: extent.minLat, longitude: extent.maxLng },
    { latitude: extent.maxLat, longitude: extent.minLng },
    { latitude: extent.maxLat, longitude: extent.maxLng },
  ];
  // A circle reaching every corner has a rectangle holding every centre.
  const everything = Math.min(HALF_EARTH_METERS, Math.max(...corners.map((c) => distanceMeters(origin, c))) + 1);
  let radius =
    wanted >= extent.count ? everything : Math.min(everything, firstRadius(origin, extent, wanted, page.after));
  for (;;) {
    const all = radius >= everything;
    const ranked = (await readBox(boundingBox(origin, radius)))
      .map(({ code, ...point }) => ({ code, meters: Math.round(distanceMeters(origin, point)) }))
      .filter((centre) => !page.after || isAfter(centre, page.after))
      .filter((centre) => all || centre.meters + 1 <= radius)
      .sort(compareRanked);
    if (all || ranked.length >= wanted) {
      const items = ranked.slice(0, page.limit);
      const last = items[items.length - 1];
      return { items, next: ranked.length > page.limit && last ? last : null };
    }
    radius = Math.min(everything, radius * 2);
  }
}

/**
 * A first guess of the circle holding `wanted` centres: the way to the centres' rectangle, plus the radius that
 * many centres would need if spread evenly over it, plus the distance already paged through.
 */
function firstRadius(origin: GeoPoint, extent: Extent, wanted: number, after: Ranked | undefined): number {
  const midLat = toRadians((extent.minLat + extent.maxLat) / 2);
  const height = toRadians(extent.maxLat - extent.minLat) * EARTH_RADIUS_METERS;
  const width = toRadians(extent.maxLng - extent.minLng) * EARTH_RADIUS_METERS * Math.cos(midLat);
  const area = Math.max(1e6, height * width);
  const spread = Math.sqrt((wanted * area) / (Math.PI * extent.count));
  const nearestEdge = {
    latitude: Math.min(Math.max(origin.latitude, extent.minLat), extent.maxLat),
    longitude: Math.min(Math.max(origin.longitude, extent.minLng), extent.maxLng),
  };
  return Math.max(1000, distanceMeters(origin, nearestEdge) + spread + (after?.meters ?? 0));
}
