import Taro, { useDidHide, useDidShow } from '@tarojs/taro';
import { useEffect } from 'react';

type Effect = 'hidden' | 'none';

/**
 * WeChat only (base library 2.20.1+; iOS 16+ hides recordings only): the screen shows blank in
 * screenshots and recordings. Never on H5, and only when this WeChat has the API.
 */
export function setHiddenFromCapture(effect: Effect): void {
  if (process.env.TARO_ENV !== 'weapp' || typeof Taro.setVisualEffectOnCapture !== 'function') {
    return;
  }
  try {
    void Promise.resolve(Taro.setVisualEffectOnCapture({ visualEffect: effect })).catch(() => undefined);
  } catch {
    // An older WeChat that lists the API but refuses it: the page still works.
  }
}

/** Keeps this page out of screen captures while it shows; restored when it hides or closes. */
export function useHiddenFromCapture(): void {
  useDidShow(() => setHiddenFromCapture('hidden'));
  useDidHide(() => setHiddenFromCapture('none'));
  useEffect(() => {
    setHiddenFromCapture('hidden');
    return () => setHiddenFromCapture('none');
  }, []);
}
