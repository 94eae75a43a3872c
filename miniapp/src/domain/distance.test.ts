import { formatDistance } from './distance';

describe('formatDistance', () => {
  it.each([
    [0, '不到 100 米'],
    [49, '不到 100 米'],
    [50, '约 100 米'],
    [812, '约 800 米'],
    [949, '约 900 米'],
    [950, '约 1.0 公里'],
    [2345, '约 2.3 公里'],
    [9940, '约 9.9 公里'],
    [9960, '约 10 公里'],
    [12_600, '约 13 公里'],
    [48_200, '约 48 公里'],
  ])('%d m → %s', (meters, expected) => {
    expect(formatDistance(meters)).toBe(expected);
  });
});
