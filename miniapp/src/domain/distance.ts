/**
 * Distance in plain words. Positions are rounded before they leave the phone (about 100 m),
 * so short distances are given to the nearest 100 m and long ones to 0.1 km or 1 km.
 */
export function formatDistance(meters: number): string {
  if (meters < 50) {
    return '不到 100 米';
  }
  const roundedMeters = Math.round(meters / 100) * 100;
  if (roundedMeters < 1000) {
    return `约 ${roundedMeters} 米`;
  }
  const kilometres = roundedMeters / 1000;
  if (kilometres < 10) {
    return `约 ${kilometres.toFixed(1)} 公里`;
  }
  return `约 ${Math.round(meters / 1000)} 公里`;
}
