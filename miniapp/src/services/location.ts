import Taro from '@tarojs/taro';
import { wgs84ToGcj02, type LatLng } from './coords';

/** How long an H5 browser may take to produce a fix once the visitor has allowed it. */
const H5_LOCATION_TIMEOUT_MS = 15_000;

/**
 * Asks the device for its position once, only after the visitor tapped "use my location".
 * Resolves a GCJ-02 position, or null when the visitor declined or no fix was possible: the
 * caller offers the district list either way, so the reason is not needed. The position is
 * neither stored nor logged.
 */
export async function locateOnce(): Promise<LatLng | null> {
  try {
    if (process.env.TARO_ENV === 'weapp') {
      const { latitude, longitude } = await Taro.getLocation({ type: 'gcj02' });
      return { latitude, longitude };
    }
    // Taro's H5 getLocation only supports WGS-84 (the browser's system).
    const { latitude, longitude } = await Taro.getLocation({
      type: 'wgs84',
      highAccuracyExpireTime: H5_LOCATION_TIMEOUT_MS,
    });
    return wgs84ToGcj02({ latitude, longitude });
  } catch {
    return null;
  }
}
