// Page addresses in one place, so a renamed page is one edit.
import { buildQuery } from './services/url';

export const HOME_PAGE = '/pages/index/index';
export const FINDER_PAGE = '/pages/centres/index';
export const SAFETY_PAGE = '/pages/safety/index';
export const MINE_PAGE = '/pages/mine/index';
export const SETTINGS_PAGE = '/pages/settings/index';
export const LOOKUP_PAGE = '/packages/lookup/index/index';

export function centrePage(code: string): string {
  return `/pages/centre/index?code=${encodeURIComponent(code)}`;
}

export interface BookPageParams {
  code?: string;
  service?: string;
  /** The booking being moved to another time. */
  reschedule?: string;
}

export function bookPage(params: BookPageParams = {}): string {
  const defined = Object.fromEntries(
    Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  return `/pages/book/index${buildQuery(defined)}`;
}

export function bookingResultPage(id: string, changed = false): string {
  return `/pages/booked/index${buildQuery({ id, ...(changed ? { changed: '1' } : {}) })}`;
}

export function callbackPage(code?: string): string {
  return `/pages/callback/index${code ? buildQuery({ code }) : ''}`;
}

export function callbackResultPage(id: string): string {
  return `/pages/callback-sent/index${buildQuery({ id })}`;
}

/** Whether the page under the current one is `route` (then going back is better than opening it again). */
export function pageBelowIs(route: string, pages: { route?: string }[]): boolean {
  const below = pages[pages.length - 2];
  return below?.route !== undefined && `/${below.route.replace(/^\//, '')}`.startsWith(route);
}
