import { isoWeekday } from '@wac/rules';

// Calendar dates as the server speaks them: 'YYYY-MM-DD' in Asia/Shanghai. The phone never works
// out instants for bookings (it sends back the server's slot ids); it only needs "today" to ask
// for a range of days, and to show times the server sent as instants (offers' expiry). The date
// arithmetic is the server's own (@wac/rules); this module adds how dates are written for people.
export { addDays, isoWeekday as weekdayOf, shanghaiToday } from '@wac/rules';

/** China has one time zone and no daylight saving: UTC+8 all year. */
const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;

const WEEKDAY_NAMES = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'] as const;

export function weekdayName(weekday: number): string {
  return WEEKDAY_NAMES[weekday - 1] ?? '';
}

/** '12月1日 周二' */
export function formatDay(date: string, weekday: number = isoWeekday(date)): string {
  const [, month, day] = date.split('-').map(Number);
  return `${month}月${day}日 ${weekdayName(weekday)}`;
}

/** '12月1日 周二 9:00–9:50' */
export function formatSlot(date: string, start: string, end: string): string {
  return `${formatDay(date)} ${formatClock(start)}–${formatClock(end)}`;
}

/** '08:00' → '8:00', the way people write it. */
export function formatClock(clock: string): string {
  return clock.replace(/^0(\d)/, '$1');
}

/** An instant from the server, as Quanzhou wall-clock: '12月1日 周二 10:30'. */
export function formatShanghaiInstant(iso: string): string {
  const shifted = new Date(Date.parse(iso) + SHANGHAI_OFFSET_MS).toISOString();
  const date = shifted.slice(0, 10);
  return `${formatDay(date)} ${formatClock(shifted.slice(11, 16))}`;
}
