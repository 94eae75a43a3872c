import { useDidHide, useDidShow } from '@tarojs/taro';
import { useRef } from 'react';

/**
 * Runs `reload` when she comes back to this page from one opened on top of it (a booking made,
 * cancelled or moved elsewhere). The first showing is left to the page's own initial load.
 */
export function useReloadOnReturn(reload: () => void): void {
  const wasHidden = useRef(false);
  useDidHide(() => {
    wasHidden.current = true;
  });
  useDidShow(() => {
    if (wasHidden.current) {
      wasHidden.current = false;
      reload();
    }
  });
}
