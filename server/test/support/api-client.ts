import { randomUUID } from 'node:crypto';
import type { AuthTokenDto, AvailabilityDto, BookingDto } from '@wac/shared-types';
import { addDays, shanghaiClock } from '@wac/rules';

/** The open centres of the seed (taishang is still preparing). */
export const OPEN_CENTRES = [
  'city',
  'licheng',
  'fengze',
  'luojiang',
  'quangang',
  'shishi',
  'jinjiang',
  'nanan',
  'huian',
  'anxi',
  'yongchun',
  'dehua',
] as const;

/**
 * Talks to a running server over real HTTP, as the mini-program and the console do. For tests whose server is a
 * separate process (a release bundle, a server being stopped) or must be reached while it is busy.
 */
export function apiClient(baseUrl: string) {
  async function call<T>(method: string, path: string, options: { token?: string; body?: unknown } = {}): Promise<T> {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
        ...(options.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const text = await response.text();
    if (!response.ok) {
      throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
    }
    return (text === '' ? undefined : JSON.parse(text)) as T;
  }

  return {
    call,
    guestToken: async () => (await call<AuthTokenDto>('POST', '/api/auth/guest')).token,
    login: async (username: string, password: string) =>
      (await call<AuthTokenDto>('POST', '/api/auth/login', { body: { username, password } })).token,

    /**
     * Opens the given centres on the days from `fromDay` to `toDay` after today (an admin's extra days), so a test
     * does not depend on weekends, holidays or the official calendar of the year it runs in. The demo roster puts
     * one lawyer, counsellor and mediator on duty at each centre every day.
     */
    async openDays(adminToken: string, centres: readonly string[], fromDay: number, toDay: number): Promise<string[]> {
      const today = shanghaiClock(new Date()).date;
      const dates = Array.from({ length: toDay - fromDay + 1 }, (_, i) => addDays(today, fromDay + i));
      for (const centre of centres) {
        for (const date of dates) {
          await call('PUT', `/api/admin/calendar/${date}`, {
            token: adminToken,
            body: { scope: centre, kind: 'open', name: '测试' },
          });
        }
      }
      return dates;
    },

    /** Every slot id with a place left at these centres between the two dates, one per (centre, date, time). */
    async freeSlots(centres: readonly string[], from: string, to: string): Promise<string[]> {
      const slots: string[] = [];
      for (const centre of centres) {
        const availability = await call<AvailabilityDto>(
          'GET',
          `/api/centres/${centre}/availability?from=${from}&to=${to}&service=legal`,
        );
        for (const day of availability.days) {
          slots.push(...day.slots.filter((slot) => slot.remaining > 0).map((slot) => slot.slotId));
        }
      }
      return slots;
    },

    async book(token: string, slotId: string): Promise<BookingDto> {
      const response = await fetch(`${baseUrl}/api/bookings`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${token}`,
          'Content-Type': 'application/json',
          'Idempotency-Key': randomUUID(),
        },
        body: JSON.stringify({ slotId }),
      });
      const body = (await response.json()) as BookingDto;
      if (response.status !== 201) {
        throw new Error(`booking answered ${response.status}: ${JSON.stringify(body)}`);
      }
      return body;
    },
  };
}
