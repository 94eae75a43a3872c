import Taro from '@tarojs/taro';

// Everything this app keeps on the phone, under these keys only. Nothing personal is stored:
// a session token (with its expiry) and two yes/no preferences.

export const STORAGE_KEYS = {
  session: 'wac.session',
  largeText: 'wac.largeText',
  firstUseNoteSeen: 'wac.firstUseNoteSeen',
} as const;

type StorageKey = (typeof STORAGE_KEYS)[keyof typeof STORAGE_KEYS];

/** The stored value, or undefined when there is none (or storage cannot be read, e.g. a private browser tab). */
export function readStored(key: StorageKey): unknown {
  try {
    const value: unknown = Taro.getStorageSync(key);
    // Taro answers '' for a missing key on weapp.
    return value === '' || value === null ? undefined : value;
  } catch {
    return undefined;
  }
}

export function writeStored(key: StorageKey, value: string | boolean | Record<string, string>): void {
  try {
    Taro.setStorageSync(key, value);
  } catch {
    // A full or disabled storage only means the choice is not remembered next time.
  }
}

export function removeStored(key: StorageKey): void {
  try {
    Taro.removeStorageSync(key);
  } catch {
    // Nothing stored, nothing to remove.
  }
}

/** Empties this app's storage on the phone. */
export function clearAllStored(): void {
  try {
    Taro.clearStorageSync();
  } catch {
    for (const key of Object.values(STORAGE_KEYS)) {
      removeStored(key);
    }
  }
}
