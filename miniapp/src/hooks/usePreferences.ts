import { useSyncExternalStore } from 'react';
import { hasSeenFirstUseNote, isLargeText, subscribePreferences } from '../services/preferences';

/** Whether 大字模式 is on; every page re-renders when it changes. */
export function useLargeText(): boolean {
  return useSyncExternalStore(subscribePreferences, isLargeText);
}

export function useFirstUseNoteSeen(): boolean {
  return useSyncExternalStore(subscribePreferences, hasSeenFirstUseNote);
}
