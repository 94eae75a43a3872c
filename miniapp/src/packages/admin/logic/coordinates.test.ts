import { amapMarkerUrl, parseCoordinatePaste, validCoordinates } from './coordinates';

describe('pasting a point from a map app', () => {
  it('reads "lat,lng"', () => {
    expect(parseCoordinatePaste('24.874,118.676')).toEqual({
      ok: true,
      value: { latitude: 24.874, longitude: 118.676 },
      swapped: false,
    });
  });

  it('reads "lng,lat" (as Amap prints it) and says it swapped them', () => {
    expect(parseCoordinatePaste('118.676,24.874')).toEqual({
      ok: true,
      value: { latitude: 24.874, longitude: 118.676 },
      swapped: true,
    });
  });

  it('accepts spaces, Chinese commas and surrounding words', () => {
    expect(parseCoordinatePaste('  纬度 24.874， 经度 118.676 ')).toMatchObject({
      ok: true,
      value: { latitude: 24.874, longitude: 118.676 },
    });
    expect(parseCoordinatePaste('118.676 24.874')).toMatchObject({
      ok: true,
      value: { latitude: 24.874, longitude: 118.676 },
    });
  });

  it('reads the pair out of an Amap marker link', () => {
    expect(
      parseCoordinatePaste('https://uri.amap.com/marker?position=118.589421,24.908853&coordinate=gaode'),
    ).toMatchObject({
      ok: true,
      value: { latitude: 24.908853, longitude: 118.589421 },
    });
  });

  it('refuses anything that is not two numbers inside China', () => {
    expect(parseCoordinatePaste('')).toMatchObject({ ok: false });
    expect(parseCoordinatePaste('24.874')).toMatchObject({ ok: false });
    expect(parseCoordinatePaste('24.8, 118.6, 12')).toMatchObject({ ok: false });
    expect(parseCoordinatePaste('51.5,-0.12')).toMatchObject({ ok: false });
    expect(parseCoordinatePaste('10,20')).toMatchObject({ ok: false });
  });

  it('links to Amap with longitude first and GCJ-02 declared', () => {
    const url = amapMarkerUrl({ latitude: 24.874, longitude: 118.676 }, '丰泽区妇女援助中心');
    expect(url).toContain('position=118.676,24.874');
    expect(url).toContain('coordinate=gaode');
    expect(url).toContain(`name=${encodeURIComponent('丰泽区妇女援助中心')}`);
  });

  it('checks typed coordinates', () => {
    expect(validCoordinates(24.9, 118.6)).toBe(true);
    expect(validCoordinates(118.6, 24.9)).toBe(false);
    expect(validCoordinates(Number.NaN, 118.6)).toBe(false);
  });
});
