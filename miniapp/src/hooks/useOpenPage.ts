import Taro, { useDidShow } from '@tarojs/taro';
import { useCallback, useRef } from 'react';

/** Opens the page at `url` on top of this one. */
export type OpenPage = (url: string) => void;

/**
 * Opens a page on top of this one, once per visit to this page. On a slow phone nothing seems to happen at the first
 * tap, and she taps again: that tap, or a tap on another link before the new page covers this one, is ignored, so
 * Back returns to where she tapped rather than to a copy of the page she opened. This page takes taps again once it
 * shows again, or at once if the page could not be opened (the page stack is full, say).
 */
export function useOpenPage(): OpenPage {
  const opening = useRef(false);
  useDidShow(() => {
    opening.current = false;
  });
  return useCallback((url: string) => {
    if (opening.current) {
      return;
    }
    opening.current = true;
    void Taro.navigateTo({ url }).catch(() => {
      opening.current = false;
    });
  }, []);
}
