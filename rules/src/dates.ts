/**
 * Calendar dates as `YYYY-MM-DD` strings and wall-clock times as `HH:MM`, always meaning Asia/Shanghai. China has
 * had no daylight saving since 1991, so Shanghai time is UTC+8 all year, and nothing here depends on the server's
 * own time zone.
 */
const SHANGHAI_OFFSET_MINUTES = 8 * 60;
const DAY_MS = 24 * 3600 * 1000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) {
    return false;
  }
  const [, y = 0, m = 0, d = 0] = match.map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function isClockTime(value: string): boolean {
  return CLOCK.test(value);
}

/** Minutes since midnight for `HH:MM`. */
export function clockToMinutes(clock: string): number {
  const [h = 0, m = 0] = clock.split(':').map(Number);
  return h * 60 + m;
}

export function minutesToClock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

const utcMidnight = (date: string) => Date.parse(`${date}T00:00:00Z`);
const formatUtcDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const day = new Date(utcMidnight(date)).getUTCDay();
  return day === 0 ? 7 : day;
}

export function addDays(date: string, days: number): string {
  return formatUtcDate(utcMidnight(date) + days * DAY_MS);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);
}

/** Every date from `from` to `to`, both included. */
export function eachDate(from: string, to: string): string[] {
  const count = daysBetween(from, to) + 1;
  return Array.from({ length: Math.max(0, count) }, (_, i) => addDays(from, i));
}

/** The date and minute of the day in Shanghai at an instant. */
export function shanghaiClock(instant: Date): { date: string; minutes: number } {
  const shifted = new Date(instant.getTime() + SHANGHAI_OFFSET_MINUTES * 60 * 1000);
  return { date: shifted.toISOString().slice(0, 10), minutes: shifted.getUTCHours() * 60 + shifted.getUTCMinutes() };
}

/** The instant at which a Shanghai wall-clock time happens. */
export function shanghaiInstant(date: string, clock: string): Date {
  return new Date(utcMidnight(date) + (clockToMinutes(clock) - SHANGHAI_OFFSET_MINUTES) * 60 * 1000);
}

/** The month after a `YYYY-MM` month. */
export function nextMonth(month: string): string {
  const [year = 0, m = 0] = month.split('-').map(Number);
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

/** The last date of a `YYYY-MM` month. */
export function lastDayOfMonth(month: string): string {
  return addDays(`${nextMonth(month)}-01`, -1);
}

/** Every month from `from` to `to` (`YYYY-MM`, both included), stopping after `limit` months. */
export function monthsBetween(from: string, to: string, limit: number): string[] {
  const months: string[] = [];
  for (let month = from; month <= to && months.length < limit; month = nextMonth(month)) {
    months.push(month);
  }
  return months;
}

/** Today's date in Shanghai (Quanzhou's time), whatever time zone the machine or the phone is set to. */
export function shanghaiToday(nowMs: number = Date.now()): string {
  return shanghaiClock(new Date(nowMs)).date;
}
