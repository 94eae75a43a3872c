import { isOutsideChina, wgs84ToGcj02 } from './coords';

// Published reference pairs (WGS-84 → GCJ-02), not values computed by this code:
// - googollee/eviltransform, go/transform_test.go and javascript/test.js
//   (https://github.com/googollee/eviltransform): Shanghai, Shenzhen, Beijing.
// - hujiulong/gcoord, test/unit/crs/WGS84.spec.ts (https://github.com/hujiulong/gcoord):
//   [123, 45] → [123.00607541, 45.00197815] and [183, 45] unchanged (not in China).
const TOLERANCE_DEGREES = 1e-5;

const referencePairs = [
  { place: 'Shanghai', wgs: [31.1774276, 121.5272106], gcj: [31.17530398364597, 121.531541859215] },
  { place: 'Shenzhen', wgs: [22.543847, 113.912316], gcj: [22.540796131694766, 113.9171764808363] },
  { place: 'Beijing', wgs: [39.911954, 116.377817], gcj: [39.91334545536069, 116.38404722455657] },
  { place: 'gcoord sample (123E, 45N)', wgs: [45, 123], gcj: [45.00197815, 123.00607541] },
] as const;

describe('wgs84ToGcj02', () => {
  it.each(referencePairs)('matches the published pair for $place', ({ wgs, gcj }) => {
    const result = wgs84ToGcj02({ latitude: wgs[0], longitude: wgs[1] });

    expect(Math.abs(result.latitude - gcj[0])).toBeLessThan(TOLERANCE_DEGREES);
    expect(Math.abs(result.longitude - gcj[1])).toBeLessThan(TOLERANCE_DEGREES);
  });

  it('moves a Quanzhou position by the expected few hundred metres', () => {
    const wgs = { latitude: 24.874, longitude: 118.675 };
    const result = wgs84ToGcj02(wgs);

    // In Fujian the GCJ-02 offset is roughly -0.003° latitude and +0.005° longitude.
    expect(result.latitude - wgs.latitude).toBeGreaterThan(-0.005);
    expect(result.latitude - wgs.latitude).toBeLessThan(-0.001);
    expect(result.longitude - wgs.longitude).toBeGreaterThan(0.003);
    expect(result.longitude - wgs.longitude).toBeLessThan(0.007);
  });

  it.each([
    { place: 'beyond 180E (gcoord case)', point: { latitude: 45, longitude: 183 } },
    { place: 'London', point: { latitude: 51.5074, longitude: -0.1278 } },
    { place: 'Sydney', point: { latitude: -33.8688, longitude: 151.2093 } },
  ])('leaves a position outside China unchanged: $place', ({ point }) => {
    expect(isOutsideChina(point)).toBe(true);
    expect(wgs84ToGcj02(point)).toEqual(point);
  });
});
