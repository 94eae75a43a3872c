import { clearAllStored, readStored, STORAGE_KEYS, writeStored } from './storage';

// Her two yes/no choices on this phone. Pages subscribe, so a change shows at once on every open page.

type Listener = () => void;
const listeners = new Set<Listener>();

function notify(): void {
  listeners.forEach((listener) => listener());
}

export function subscribePreferences(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** 大字模式 (larger text and tap targets), off unless she turned it on. */
export function isLargeText(): boolean {
  return readStored(STORAGE_KEYS.largeText) === true;
}

export function setLargeText(on: boolean): void {
  writeStored(STORAGE_KEYS.largeText, on);
  notify();
}

/** Whether the safety note about this app being visible on the phone was already shown. */
export function hasSeenFirstUseNote(): boolean {
  return readStored(STORAGE_KEYS.firstUseNoteSeen) === true;
}

export function markFirstUseNoteSeen(): void {
  writeStored(STORAGE_KEYS.firstUseNoteSeen, true);
  notify();
}

/** 清除本机数据: the session and both preferences. What the centres received stays with them. */
export function clearPhoneData(): void {
  clearAllStored();
  notify();
}
