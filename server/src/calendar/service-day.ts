import { isoWeekday } from './dates.js';

/**
 * How a date is marked in the calendar table. City-wide rows come from the official schedule (or an admin's
 * correction of it); rows for one centre are that centre's own closures and extra days.
 */
export const CALENDAR_KINDS = ['holiday', 'workday', 'closed', 'open'] as const;
export type CalendarKind = (typeof CALENDAR_KINDS)[number];

export interface CalendarMark {
  kind: CalendarKind;
  name: string | null;
}

export const DAY_CLOSED_REASONS = ['weekend', 'holiday', 'closure', 'no_schedule'] as const;
export type DayClosedReason = (typeof DAY_CLOSED_REASONS)[number];

export type DayStatus =
  | { open: true; note: string | null }
  | { open: false; reason: DayClosedReason; note: string | null };

/**
 * Whether a centre serves on a date. In order of precedence:
 * 1. the centre's own mark (a closure, or an extra day opened by its admin);
 * 2. a city-wide mark: an official holiday closes a weekday, an official working day (调休) opens a weekend day,
 *    and an admin may close or open a day for every centre;
 * 3. a year without an imported official schedule is closed: its holidays are unknown;
 * 4. otherwise Monday to Friday.
 */
export function serviceDayStatus(
  date: string,
  marks: { centre?: CalendarMark; city?: CalendarMark },
  yearHasSchedule: boolean,
): DayStatus {
  for (const mark of [marks.centre, marks.city]) {
    if (!mark) {
      continue;
    }
    switch (mark.kind) {
      case 'open':
      case 'workday':
        return { open: true, note: mark.name };
      case 'holiday':
        return { open: false, reason: 'holiday', note: mark.name };
      case 'closed':
        return { open: false, reason: 'closure', note: mark.name };
    }
  }
  if (!yearHasSchedule) {
    return { open: false, reason: 'no_schedule', note: null };
  }
  return isoWeekday(date) <= 5 ? { open: true, note: null } : { open: false, reason: 'weekend', note: null };
}
