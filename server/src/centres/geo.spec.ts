import { distanceMeters, sortByDistance } from './geo.js';

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

describe('sortByDistance', () => {
  const centres = [
    { code: 'far', latitude: 25.5, longitude: 118.2 },
    { code: 'near', latitude: 24.8, longitude: 118.56 },
    { code: 'middle', latitude: 24.9, longitude: 118.6 },
  ];

  it('puts the nearest first and rounds distances to whole metres', () => {
    const sorted = sortByDistance(centres, { latitude: 24.79, longitude: 118.55 });
    expect(sorted.map((c) => c.code)).toEqual(['near', 'middle', 'far']);
    expect(sorted.every((c) => Number.isInteger(c.distanceMeters))).toBe(true);
    expect(sorted[0]!.distanceMeters).toBeLessThan(sorted[1]!.distanceMeters);
  });

  it('keeps the original order for equal distances and leaves the input untouched', () => {
    const twins = [
      { code: 'b', latitude: 25, longitude: 118 },
      { code: 'a', latitude: 25, longitude: 118 },
    ];
    expect(sortByDistance(twins, { latitude: 24, longitude: 118 }).map((c) => c.code)).toEqual(['b', 'a']);
    expect(twins.map((c) => c.code)).toEqual(['b', 'a']);
  });
});
