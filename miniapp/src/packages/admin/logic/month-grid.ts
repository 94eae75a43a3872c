import { addDays, weekdayOf } from '../../../domain/dates';

// Month calendars for the roster and the holiday calendar: weeks run Monday to Sunday, as the
// working week does in China; days outside the month are empty cells.

export interface GridCell {
  /** 'YYYY-MM-DD', or null for the padding before the 1st and after the last day. */
  date: string | null;
  /** Day of the month (1–31), 0 for padding. */
  day: number;
}

/** 'YYYY-MM' → how many days it has. */
export function daysInMonth(month: string): number {
  const [year = 0, monthNumber = 1] = month.split('-').map(Number);
  return new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
}

/** The month's weeks, Monday first, each exactly seven cells. */
export function monthGrid(month: string): GridCell[][] {
  const first = `${month}-01`;
  const leading = weekdayOf(first) - 1;
  const count = daysInMonth(month);
  const cells: GridCell[] = [];
  for (let i = 0; i < leading; i += 1) {
    cells.push({ date: null, day: 0 });
  }
  for (let day = 1; day <= count; day += 1) {
    cells.push({ date: `${month}-${String(day).padStart(2, '0')}`, day });
  }
  while (cells.length % 7 !== 0) {
    cells.push({ date: null, day: 0 });
  }
  const weeks: GridCell[][] = [];
  for (let i = 0; i < cells.length; i += 7) {
    weeks.push(cells.slice(i, i + 7));
  }
  return weeks;
}

/** 'YYYY-MM' moved by whole months. */
export function shiftMonth(month: string, delta: number): string {
  const [year = 0, monthNumber = 1] = month.split('-').map(Number);
  const date = new Date(Date.UTC(year, monthNumber - 1 + delta, 1));
  return date.toISOString().slice(0, 7);
}

/** The Monday of the week a date falls in. */
export function mondayOf(date: string): string {
  return addDays(date, 1 - weekdayOf(date));
}

/** '2026年12月' */
export function monthTitle(month: string): string {
  const [year = 0, monthNumber = 1] = month.split('-').map(Number);
  return `${year}年${monthNumber}月`;
}

/** The first and last day of a month, for date-range queries. */
export function monthRange(month: string): { from: string; to: string } {
  return { from: `${month}-01`, to: `${month}-${String(daysInMonth(month)).padStart(2, '0')}` };
}

/** Every month from one to another, inclusive ('YYYY-MM'); empty when they are the wrong way round. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let month = from; month <= to && months.length < 240; month = shiftMonth(month, 1)) {
    months.push(month);
  }
  return months;
}

export const WEEKDAY_HEADERS = ['一', '二', '三', '四', '五', '六', '日'] as const;
