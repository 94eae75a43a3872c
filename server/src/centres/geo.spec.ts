import {
  boundingBox,
  distanceMeters,
  encodeCursor,
  extentOf,
  findNearest,
  parseCursor,
  PositionIndex,
  type BoundingBox,
  type GeoPoint,
  type Ranked,
} from './geo.js';

describe('distanceMeters', () => {
  it('is zero for the same point and symmetric', () => {
    const a = { latitude: 24.9057, longitude: 118.60464 };
    const b = { latitude: 24.77853, longitude: 118.55639 };
    expect(distanceMeters(a, a)).toBe(0);
    expect(distanceMeters(a, b)).toBeCloseTo(distanceMeters(b, a), 6);
  });

  it('matches known distances', () => {
    // One degree of latitude is about 111.2 km on the mean-radius sphere.
    expect(distanceMeters({ latitude: 24, longitude: 118 }, { latitude: 25, longitude: 118 })).toBeCloseTo(111195, -1);
    // One degree of longitude at 25° N is cos(25°) times that.
    expect(distanceMeters({ latitude: 25, longitude: 118 }, { latitude: 25, longitude: 119 })).toBeCloseTo(100780, -2);
    // Beijing Tiananmen to Shanghai People's Square: about 1,067 km.
    expect(
      distanceMeters({ latitude: 39.9075, longitude: 116.3972 }, { latitude: 31.2304, longitude: 121.4737 }) / 1000,
    ).toBeCloseTo(1067, -1);
  });

  it('stays finite for antipodal points', () => {
    expect(distanceMeters({ latitude: 0, longitude: 0 }, { latitude: 0, longitude: 180 })).toBeCloseTo(
      Math.PI * 6371008.8,
      0,
    );
  });
});

/** A small deterministic random generator, so a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const inBox = (box: BoundingBox, p: GeoPoint) =>
  p.latitude >= box.minLat &&
  p.latitude <= box.maxLat &&
  (box.allLongitudes || (p.longitude >= box.minLng && p.longitude <= box.maxLng));

describe('boundingBox', () => {
  it('holds every point within the radius, wherever the origin is (poles and the 180th meridian included)', () => {
    const next = random(7);
    const missed: string[] = [];
    for (let i = 0; i < 2000; i += 1) {
      const origin = { latitude: next() * 180 - 90, longitude: next() * 360 - 180 };
      const radius = 10 ** (2 + next() * 5.3);
      const box = boundingBox(origin, radius);
      for (let j = 0; j < 20; j += 1) {
        const point = { latitude: next() * 180 - 90, longitude: next() * 360 - 180 };
        // Points near the origin are the interesting ones: pull half of them close.
        const near =
          j % 2 === 0
            ? {
                latitude: Math.max(-90, Math.min(90, origin.latitude + (point.latitude / 90) * (radius / 111_000))),
                longitude: ((origin.longitude + (point.longitude / 180) * (radius / 50_000) + 540) % 360) - 180,
              }
            : point;
        if (distanceMeters(origin, near) <= radius && !inBox(box, near)) {
          missed.push(`${JSON.stringify(near)} within ${radius} m of ${JSON.stringify(origin)}`);
        }
      }
    }
    expect(missed).toEqual([]);
  });

  it('is tight away from the poles: 10 km around Quanzhou is about ±0.09° of latitude', () => {
    const box = boundingBox({ latitude: 24.9, longitude: 118.6 }, 10_000);
    expect(box.allLongitudes).toBe(false);
    expect(box.maxLat - 24.9).toBeCloseTo(0.0899, 3);
    expect(box.maxLng - 118.6).toBeCloseTo(0.0899 / Math.cos((24.9 * Math.PI) / 180), 3);
  });

  it('takes every longitude across the 180th meridian or over a pole', () => {
    expect(boundingBox({ latitude: 0, longitude: 179.99 }, 5000).allLongitudes).toBe(true);
    expect(boundingBox({ latitude: 89.99, longitude: 10 }, 5000).allLongitudes).toBe(true);
    expect(boundingBox({ latitude: 0, longitude: 0 }, 30_000_000)).toMatchObject({ minLat: -90, maxLat: 90 });
  });
});

describe('the nearest-centres cursor', () => {
  it('round-trips and refuses anything else', () => {
    expect(parseCursor(encodeCursor({ meters: 1234, code: 'jinjiang' }))).toEqual({ meters: 1234, code: 'jinjiang' });
    expect(parseCursor(encodeCursor({ meters: 0, code: 'c-0001' }))).toEqual({ meters: 0, code: 'c-0001' });
    for (const bad of ['', '12', '_x', '12_', '-1_x', '1.5_x', '12_a b', '12_a_b', `1_${'x'.repeat(33)}`]) {
      expect(parseCursor(bad)).toBeUndefined();
    }
  });
});

describe('findNearest', () => {
  /** Brute force over everything: what the answer must be. */
  const expected = (points: (GeoPoint & { code: string })[], origin: GeoPoint): Ranked[] =>
    points
      .map(({ code, ...p }) => ({ code, meters: Math.round(distanceMeters(origin, p)) }))
      .sort((a, b) => a.meters - b.meters || (a.code < b.code ? -1 : 1));

  function database(points: (GeoPoint & { code: string })[]) {
    const boxes: BoundingBox[] = [];
    let rowsRead = 0;
    return {
      boxes,
      rowsRead: () => rowsRead,
      readBox: (box: BoundingBox) => {
        boxes.push(box);
        const rows = points.filter((p) => inBox(box, p));
        rowsRead += rows.length;
        return Promise.resolve(rows);
      },
    };
  }

  async function allPages(points: (GeoPoint & { code: string })[], origin: GeoPoint, limit: number) {
    const db = database(points);
    const seen: Ranked[] = [];
    let after: Ranked | undefined;
    for (let pages = 0; pages < 1000; pages += 1) {
      const page = await findNearest(origin, { limit, after }, extentOf(points), db.readBox);
      expect(page.items.length).toBeLessThanOrEqual(limit);
      seen.push(...page.items);
      if (!page.next) {
        break;
      }
      expect(page.items).toHaveLength(limit);
      after = parseCursor(encodeCursor(page.next));
    }
    return { seen, db };
  }

  it('pages through exactly the brute-force order, for random centres, origins and page sizes', async () => {
    const next = random(42);
    for (let trial = 0; trial < 40; trial += 1) {
      const count = 1 + Math.floor(next() * 300);
      // Centres over China, some trials packed into one city (many equal whole-metre distances when rounded).
      const packed = trial % 3 === 0;
      const points = Array.from({ length: count }, (_, i) => ({
        code: `c${String(i).padStart(4, '0')}`,
        latitude: packed ? 24.9 + Math.round(next() * 20) / 1000 : 18 + next() * 35,
        longitude: packed ? 118.6 + Math.round(next() * 20) / 1000 : 74 + next() * 60,
      }));
      const origin =
        trial % 5 === 4
          ? { latitude: next() * 180 - 90, longitude: next() * 360 - 180 }
          : { latitude: 18 + next() * 35, longitude: 74 + next() * 60 };
      const limit = 3 + Math.floor(next() * 30);
      const { seen } = await allPages(points, origin, limit);
      expect(seen).toEqual(expected(points, origin));
    }
  });

  it('reads a small part of 3,000 centres for a first page in a dense area', async () => {
    const next = random(3);
    const points = Array.from({ length: 3000 }, (_, i) => ({
      code: `c${i}`,
      latitude: 20 + next() * 22,
      longitude: 100 + next() * 22,
    }));
    const db = database(points);
    const page = await findNearest({ latitude: 31, longitude: 111 }, { limit: 20 }, extentOf(points), db.readBox);
    expect(page.items).toEqual(expected(points, { latitude: 31, longitude: 111 }).slice(0, 20));
    expect(page.next).toEqual(page.items[19]);
    expect(db.rowsRead()).toBeLessThan(300);
  });

  it("never ranks a centre from a rectangle's corner before a nearer one just outside the rectangle", async () => {
    const origin = { latitude: 30, longitude: 110 };
    // Two far centres fix the extent (and so the first rectangle); three more are placed around that rectangle.
    const layout = (inner: GeoPoint[]) => [
      { code: 'far-sw', latitude: 20, longitude: 100 },
      { code: 'far-ne', latitude: 40, longitude: 120 },
      ...inner.map((point, i) => ({ code: `inner-${i}`, ...point })),
    ];
    const probe = database(layout([origin, origin, origin]));
    await findNearest(origin, { limit: 1 }, extentOf(layout([origin, origin, origin])), probe.readBox);
    const first = probe.boxes[0]!;
    const inset = 0.001;
    const points = layout([
      { latitude: first.maxLat - inset, longitude: first.maxLng - inset },
      { latitude: first.minLat + inset, longitude: first.minLng + inset },
      { latitude: first.maxLat + inset, longitude: origin.longitude },
    ]);
    const db = database(points);
    const page = await findNearest(origin, { limit: 1 }, extentOf(points), db.readBox);
    expect(page.items).toEqual(expected(points, origin).slice(0, 1));
    expect(page.items[0]?.code).toBe('inner-2');
  });

  it('reads everything in one go when there are no more centres than a page', async () => {
    const points = [
      { code: 'a', latitude: 24.9, longitude: 118.6 },
      { code: 'b', latitude: 25.4, longitude: 118.2 },
    ];
    const db = database(points);
    const page = await findNearest({ latitude: 40, longitude: 116 }, { limit: 20 }, extentOf(points), db.readBox);
    expect(page).toEqual({ items: expected(points, { latitude: 40, longitude: 116 }), next: null });
    expect(db.boxes).toHaveLength(1);
  });

  it('answers an empty list without reading when there are no centres', async () => {
    const db = database([]);
    expect(
      await findNearest({ latitude: 1, longitude: 1 }, { limit: 5 }, { ...extentOf([]), count: 0 }, db.readBox),
    ).toEqual({ items: [], next: null });
    expect(db.boxes).toHaveLength(0);
  });
});

describe('PositionIndex bounds', () => {
  const codes = (found: { code: string }[]) => found.map((p) => p.code).sort();
  const points = [
    { code: 'inside', latitude: 24.9, longitude: 118.6 },
    { code: 'edge', latitude: 25, longitude: 118 },
    { code: 'north', latitude: 26.1, longitude: 118.6 },
    { code: 'east', latitude: 24.9, longitude: 120 },
  ];

  it('keeps the points inside, bounds included', () => {
    const box: BoundingBox = { minLat: 24, maxLat: 25, minLng: 118, maxLng: 119, allLongitudes: false };
    expect(new PositionIndex(points).inBox(box).map((p) => p.code)).toEqual(['inside', 'edge']);
  });

  it('ignores longitude when the box takes every longitude', () => {
    const box: BoundingBox = { minLat: 24, maxLat: 25, minLng: -180, maxLng: 180, allLongitudes: true };
    expect(codes(new PositionIndex(points).inBox(box))).toEqual(['east', 'edge', 'inside']);
  });
});

describe('PositionIndex', () => {
  /** A repeatable spread of points (a linear congruential generator), some sharing a latitude. */
  function spread(count: number): (GeoPoint & { code: string })[] {
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    return Array.from({ length: count }, (_, i) => ({
      code: `c${i}`,
      latitude: i % 10 === 0 ? 30 : -80 + next() * 160,
      longitude: -180 + next() * 360,
    }));
  }
  const sorted = (points: { code: string }[]) => points.map((p) => p.code).sort();

  it.each([
    ['a small box', { minLat: 24, maxLat: 26, minLng: 110, maxLng: 125, allLongitudes: false }],
    [
      'a box whose edge is a shared latitude',
      { minLat: 30, maxLat: 30, minLng: -180, maxLng: 0, allLongitudes: false },
    ],
    ['a band of every longitude', { minLat: -10, maxLat: 40, minLng: -180, maxLng: 180, allLongitudes: true }],
    ['the whole earth', { minLat: -90, maxLat: 90, minLng: -180, maxLng: 180, allLongitudes: true }],
    ['a box south of every point', { minLat: -90, maxLat: -85, minLng: -180, maxLng: 180, allLongitudes: true }],
    ['a box north of every point', { minLat: 85, maxLat: 90, minLng: -180, maxLng: 180, allLongitudes: true }],
  ] satisfies [string, BoundingBox][])('finds exactly the points that looking at every one finds, in %s', (_, box) => {
    const points = spread(3000);
    expect(sorted(new PositionIndex(points).inBox(box))).toEqual(sorted(points.filter((p) => inBox(box, p))));
  });

  it('gives them in latitude order and finds nothing when empty', () => {
    const box: BoundingBox = { minLat: -90, maxLat: 90, minLng: -180, maxLng: 180, allLongitudes: true };
    const found = new PositionIndex(spread(200)).inBox(box).map((p) => p.latitude);
    expect(found).toEqual([...found].sort((a, b) => a - b));
    expect(found).toHaveLength(200);
    expect(new PositionIndex([]).inBox(box)).toEqual([]);
  });
});
