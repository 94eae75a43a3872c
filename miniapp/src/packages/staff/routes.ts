import type { BookableService } from '@wac/shared-types';
import { buildQuery } from '../../services/url';

// The staff pages' addresses (sub-package root packages/staff). H5: /#/packages/staff/index/index.

export const STAFF_HOME = '/packages/staff/index/index';
export const STAFF_LOGIN = '/packages/staff/login/index';
export const STAFF_BOOKINGS = '/packages/staff/bookings/index';
export const STAFF_CALLBACKS = '/packages/staff/callbacks/index';
export const STAFF_RECORDS = '/packages/staff/records/index';

const CALLBACK_PAGE = '/packages/staff/callback/index';
const RECORD_PAGE = '/packages/staff/record/index';

/** The login page; `next` brings them back to the staff page they were sent away from. */
export function staffLoginPage({ next, expired = false }: { next?: string; expired?: boolean } = {}): string {
  return `${STAFF_LOGIN}${buildQuery({ ...(next ? { next } : {}), ...(expired ? { expired: '1' } : {}) })}`;
}

/** A query value as the page received it: Taro's H5 router and WeChat hand them over still encoded. */
function decoded(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Only staff pages are followed after login (never an address from elsewhere). */
export function safeNext(next: string | undefined): string {
  const page = next ? decoded(next) : '';
  return /^\/packages\/staff\/[a-z-]+\/index(\?[\w=&%.-]*)?$/.test(page) && !page.startsWith(STAFF_LOGIN)
    ? page
    : STAFF_HOME;
}

export function staffCallbackPage(id: string): string {
  return `${CALLBACK_PAGE}${buildQuery({ id })}`;
}

export type RecordPageParams =
  | { fromBookingId: string; date: string; service: BookableService }
  | { fromCallbackId: string }
  | { id: string; mode: 'edit' | 'correct' }
  | Record<string, never>;

export function recordPage(params: RecordPageParams = {}): string {
  return `${RECORD_PAGE}${buildQuery(params)}`;
}
