// The server's API, straight from the test (no browser): staff actions, other women's bookings,
// and finding a day with places, so tests never hard-code dates. The staff and admin browser tests
// call the server through `api` here too.
import type {
  AuthTokenDto,
  AvailabilityDayDto,
  AvailabilityDto,
  BookableService,
  BookingDto,
  BookingListDto,
  GuestChallengeDto,
  StaffCallbackListDto,
} from '@wac/shared-types';
import { createHash } from 'node:crypto';
import { BASE_URL } from './browser';

export type ApiMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One call to the server as a phone would make it; a refusal throws with the status and the server's answer. */
export async function api<T>(
  method: ApiMethod,
  path: string,
  { token, body, headers = {} }: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<T> {
  const response = await fetch(`${BASE_URL}${path}`, {
    method,
    headers: {
      Accept: 'application/json',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) {
    throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
  }
  // Some admin changes answer with no body.
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Today in Quanzhou, as the server counts days. */
export function shanghaiToday(): string {
  return new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** Another woman, on another phone: a fresh anonymous session, after the login puzzle the H5 app solves too. */
export async function guestToken(): Promise<string> {
  const { challenge, bits } = await api<GuestChallengeDto>('GET', '/api/auth/guest/challenge');
  let nonce = 0;
  while (leadingZeroBits(createHash('sha256').update(`${challenge}:${nonce}`).digest()) < bits) {
    nonce += 1;
  }
  return (await api<AuthTokenDto>('POST', '/api/auth/guest', { body: { challenge, nonce: String(nonce) } })).token;
}

function leadingZeroBits(hash: Uint8Array): number {
  const firstSet = hash.findIndex((byte) => byte !== 0);
  return firstSet === -1 ? hash.length * 8 : firstSet * 8 + Math.clz32(hash[firstSet]!) - 24;
}

export async function loginToken(username: string, password: string): Promise<string> {
  return (await api<AuthTokenDto>('POST', '/api/auth/login', { body: { username, password } })).token;
}

/** The demo seed's staff login for a centre. */
export async function staffToken(centre: string): Promise<string> {
  return loginToken(`staff-${centre}`, `demo-${centre}-2026`);
}

export async function availability(centre: string, service: BookableService): Promise<AvailabilityDto> {
  const from = shanghaiToday();
  return api<AvailabilityDto>(
    'GET',
    `/api/centres/${centre}/availability?from=${from}&to=${addDays(from, 20)}&service=${service}`,
  );
}

/** The first day (from tomorrow on, so lead times never bite mid-test) with at least `places` free times for the service. */
export async function firstDayWithPlaces(
  centre: string,
  service: BookableService,
  places = 1,
): Promise<AvailabilityDayDto> {
  const today = shanghaiToday();
  const { days } = await availability(centre, service);
  const day = days.find(
    (candidate) =>
      candidate.date > today &&
      candidate.open &&
      candidate.slots.filter((slot) => slot.service === service && slot.remaining > 0).length >= places,
  );
  if (!day) {
    throw new Error(`no day with ${places} free ${service} times at ${centre}`);
  }
  return day;
}

export function freeSlots(day: AvailabilityDayDto, service: BookableService) {
  return day.slots.filter((slot) => slot.service === service && slot.remaining > 0);
}

export async function book(token: string, slotId: string): Promise<BookingDto> {
  return api<BookingDto>('POST', '/api/bookings', {
    token,
    body: { slotId },
    headers: { 'Idempotency-Key': `e2e-${Math.random().toString(36).slice(2, 14)}` },
  });
}

export async function cancel(token: string, id: string): Promise<BookingDto> {
  return api<BookingDto>('POST', `/api/bookings/${id}/cancel`, { token, body: {} });
}

export async function staffBookings(token: string, date: string): Promise<BookingDto[]> {
  return (await api<BookingListDto>('GET', `/api/staff/bookings?from=${date}&to=${date}`, { token })).items;
}

export async function staffConfirm(token: string, id: string): Promise<BookingDto> {
  return api<BookingDto>('POST', `/api/staff/bookings/${id}/confirm`, { token, body: {} });
}

export async function staffCallbacks(token: string): Promise<StaffCallbackListDto['items']> {
  return (await api<StaffCallbackListDto>('GET', '/api/staff/callbacks', { token })).items;
}
