// Stand-in for `@tarojs/taro` in unit tests (jest.config.cjs maps the module here). Only the
// APIs the app uses; each one rejects until a test says what it should do, so a forgotten
// stub fails loudly instead of passing by accident.

import { useEffect, useRef } from 'react';

export interface MockRequestOption {
  url: string;
  method?: string;
  header?: Record<string, string>;
  data?: unknown;
  dataType?: string;
  timeout?: number;
}

export interface MockRequestResult {
  statusCode: number;
  data: unknown;
  header: Record<string, string>;
  errMsg: string;
}

export interface MockLocation {
  latitude: number;
  longitude: number;
}

function notStubbed(name: string) {
  return () => Promise.reject(new Error(`Taro.${name} was called but the test did not stub it`));
}

const taroMock = {
  request: jest.fn<Promise<MockRequestResult>, [MockRequestOption]>(),
  getLocation: jest.fn<Promise<MockLocation>, [{ type: string; highAccuracyExpireTime?: number }]>(),
  makePhoneCall: jest.fn<Promise<void>, [{ phoneNumber: string }]>(),
  exitMiniProgram: jest.fn<Promise<void>, []>(),
  reLaunch: jest.fn<Promise<void>, [{ url: string }]>(),
  navigateTo: jest.fn<Promise<void>, [{ url: string }]>(),
  redirectTo: jest.fn<Promise<void>, [{ url: string }]>(),
  navigateBack: jest.fn<Promise<void>, [{ delta?: number }?]>(),
  openLocation: jest.fn<
    Promise<void>,
    [{ latitude: number; longitude: number; name?: string; address?: string; scale?: number }]
  >(),
  login: jest.fn<Promise<{ code: string; errMsg: string }>, []>(),
  requestSubscribeMessage: jest.fn<Promise<Record<string, string>>, [{ tmplIds: string[] }]>(),
  hideShareMenu: jest.fn<Promise<void>, [{ menus?: string[] }?]>(),
};

/** The phone's storage for this app; the storage APIs below read and write it synchronously. */
export const storage = new Map<string, unknown>();

export function getStorageSync(key: string): unknown {
  // Like WeChat: '' for a key that was never set.
  return storage.has(key) ? storage.get(key) : '';
}

export function setStorageSync(key: string, value: unknown): void {
  storage.set(key, value);
}

export function removeStorageSync(key: string): void {
  storage.delete(key);
}

export function clearStorageSync(): void {
  storage.clear();
}

/** Taro's page stack, bottom first; `getCurrentPages()` returns it. Tests push routes onto it. */
export const pageStack: { route: string }[] = [];

export function getCurrentPages() {
  return pageStack;
}

/** The query of the page under test; `useRouter()` returns it. */
export const routerParams: Record<string, string | undefined> = {};

export function useRouter() {
  return { params: routerParams };
}

type PageEvent = 'show' | 'hide';
const pageListeners: Record<PageEvent, Set<() => void>> = { show: new Set(), hide: new Set() };

function usePageEvent(event: PageEvent, callback: () => void) {
  const latest = useRef(callback);
  latest.current = callback;
  useEffect(() => {
    const listener = () => latest.current();
    pageListeners[event].add(listener);
    return () => {
      pageListeners[event].delete(listener);
    };
  }, [event]);
}

export function useDidShow(callback: () => void) {
  usePageEvent('show', callback);
}

export function useDidHide(callback: () => void) {
  usePageEvent('hide', callback);
}

/** What Taro does when another page opens on top (hide) or this page comes back (show). Wrap in act(). */
export function firePageEvent(event: PageEvent): void {
  pageListeners[event].forEach((listener) => listener());
}

/** Back to "nothing stubbed, nothing called, on the home page" (before every test, by test/setup.ts). */
export function resetTaroMock(): void {
  for (const [name, mock] of Object.entries(taroMock)) {
    mock.mockReset();
    mock.mockImplementation(notStubbed(name));
  }
  for (const key of Object.keys(routerParams)) {
    delete routerParams[key];
  }
  storage.clear();
  // Hiding the share menu is fire-and-forget on every page; it need not be stubbed per test.
  taroMock.hideShareMenu.mockResolvedValue(undefined);
  pageStack.splice(0, pageStack.length, { route: 'pages/index/index' });
}

/** A server answer as Taro.request resolves it (Taro resolves for every HTTP status). */
export function httpResponse(statusCode: number, data: unknown): MockRequestResult {
  return { statusCode, data, header: { 'content-type': 'application/json' }, errMsg: 'request:ok' };
}

export default { ...taroMock, getCurrentPages, getStorageSync, setStorageSync, removeStorageSync, clearStorageSync };
