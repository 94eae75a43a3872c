import { isoWeekday } from '@wac/rules';

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

export const DAY_CLOSED_REASONS = ['weekend', 'holiday', 'closure'] as const;
export type DayClosedReason = (typeof DAY_CLOSED_REASONS)[number];

/**
 * Whether the State Council's schedule for the day's year is loaded. Without it the year is `provisional`:
 * weekdays open and the statutory holidays (computed, see statutory-holidays.ts) closed, each marked as possibly
 * changing, because bridge days and 调休 working days are announced only in November of the year before.
 */
export type YearSchedule = { official: true } | { official: false; statutory: ReadonlyMap<string, string> };

export type DayStatus = ({ open: true } | { open: false; reason: DayClosedReason }) & {
  note: string | null;
  /** The day follows the provisional calendar and may change when the year's official schedule is loaded. */
  provisional: boolean;
};

/**
 * Whether a centre serves on a date. In order of precedence:
 * 1. the centre's own mark (a closure, or an extra day opened by its admin);
 * 2. a city-wide mark: an official holiday closes a weekday, an official working day (调休) opens a weekend day,
 *    and an admin may close or open a day for every centre;
 * 3. in a year without its official schedule, the statutory holidays are closed (provisionally);
 * 4. otherwise Monday to Friday.
 */
export function serviceDayStatus(
  date: string,
  marks: { centre?: CalendarMark; city?: CalendarMark },
  year: YearSchedule,
): DayStatus {
  for (const mark of [marks.centre, marks.city]) {
    if (!mark) {
      continue;
    }
    const note = mark.name;
    switch (mark.kind) {
      case 'open':
      case 'workday':
        return { open: true, note, provisional: false };
      case 'holiday':
        return { open: false, reason: 'holiday', note, provisional: false };
      case 'closed':
        return { open: false, reason: 'closure', note, provisional: false };
    }
  }
  const provisional = !year.official;
  const festival = year.official ? undefined : year.statutory.get(date);
  if (festival) {
    return { open: false, reason: 'holiday', note: festival, provisional };
  }
  return isoWeekday(date) <= 5
    ? { open: true, note: null, provisional }
    : { open: false, reason: 'weekend', note: null, provisional };
}
