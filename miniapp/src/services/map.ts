import Taro from '@tarojs/taro';
import { openPage } from './browser';

export interface MapPlace {
  /** GCJ-02, as stored by the server. */
  latitude: number;
  longitude: number;
  name: string;
  address: string;
}

/** Amap's public marker page takes GCJ-02 positions (`coordinate=gaode`), longitude first. */
export function amapMarkerUrl({ latitude, longitude, name }: MapPlace): string {
  return `https://uri.amap.com/marker?position=${longitude},${latitude}&name=${encodeURIComponent(name)}&coordinate=gaode`;
}

/** Shows the place on a map with directions: WeChat's own map, or Amap in a browser. */
export async function openMap(place: MapPlace): Promise<void> {
  if (process.env.TARO_ENV !== 'weapp') {
    openPage(amapMarkerUrl(place));
    return;
  }
  try {
    await Taro.openLocation({ ...place, scale: 16 });
  } catch {
    // Closing the map also lands here; nothing to do.
  }
}
