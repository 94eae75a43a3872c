import type { BookingDto } from '@wac/shared-types';
import { formatClock, formatDay } from '../../../domain/dates';

// The centre's bookings as the duty staff work them: new requests first, then the days ahead,
// each day by time. Which buttons a booking gets follows the server's rules (bookings/booking-status.ts).

/**
 * How far ahead the staff list reaches: the longest booking window a centre may set (slot template, 1–60 days, 14 by
 * default), so a booking on the last day a woman can book is never out of the staff's sight.
 */
export const BOOKING_DAYS_AHEAD = 60;

export interface TimeGroup {
  start: string;
  end: string;
  label: string;
  bookings: BookingDto[];
}

export interface DayGroup {
  date: string;
  label: string;
  times: TimeGroup[];
}

export interface BookingSections {
  /** Waiting for a decision: first on the page, soonest first. */
  pending: DayGroup[];
  pendingCount: number;
  /** Everything else that is still part of the day: held places, confirmed, arrived, done, no-show. */
  schedule: DayGroup[];
  /** Declined or cancelled: only on request. */
  ended: DayGroup[];
  endedCount: number;
}

function byDateAndTime(a: BookingDto, b: BookingDto): number {
  return a.date.localeCompare(b.date) || a.start.localeCompare(b.start) || a.createdAt.localeCompare(b.createdAt);
}

/** Days in date order, and in each day the times in order, bookings at the same time together. */
export function groupByDayAndTime(bookings: readonly BookingDto[], today?: string): DayGroup[] {
  const days: DayGroup[] = [];
  for (const booking of [...bookings].sort(byDateAndTime)) {
    let day = days[days.length - 1];
    if (!day || day.date !== booking.date) {
      day = { date: booking.date, label: dayLabel(booking.date, today), times: [] };
      days.push(day);
    }
    let time = day.times[day.times.length - 1];
    if (!time || time.start !== booking.start) {
      time = {
        start: booking.start,
        end: booking.end,
        label: `${formatClock(booking.start)}–${formatClock(booking.end)}`,
        bookings: [],
      };
      day.times.push(time);
    }
    time.bookings.push(booking);
  }
  return days;
}

export function dayLabel(date: string, today?: string): string {
  return date === today ? `今天 ${formatDay(date)}` : formatDay(date);
}

const ENDED: readonly BookingDto['status'][] = ['declined', 'cancelled'];

export function sectionBookings(bookings: readonly BookingDto[], today?: string): BookingSections {
  const pending = bookings.filter((booking) => booking.status === 'pending');
  const ended = bookings.filter((booking) => ENDED.includes(booking.status));
  const schedule = bookings.filter((booking) => booking.status !== 'pending' && !ENDED.includes(booking.status));
  return {
    pending: groupByDayAndTime(pending, today),
    pendingCount: pending.length,
    schedule: groupByDayAndTime(schedule, today),
    ended: groupByDayAndTime(ended, today),
    endedCount: ended.length,
  };
}

export type BookingButton = 'confirm' | 'decline' | 'arrive' | 'complete' | 'no-show' | 'record';

/**
 * What can be done with a booking now. Confirming is only before the start, a no-show only after
 * it; a held waiting-list place (`offered`) is not the centre's to act on.
 */
export function bookingButtons(
  booking: Pick<BookingDto, 'status' | 'startsAt' | 'recorded'>,
  nowMs: number = Date.now(),
): BookingButton[] {
  const started = Date.parse(booking.startsAt) <= nowMs;
  switch (booking.status) {
    case 'pending':
      return started ? ['arrive', 'no-show', 'decline'] : ['confirm', 'decline', 'arrive'];
    case 'confirmed':
      return started ? ['arrive', 'no-show', 'decline'] : ['arrive', 'decline'];
    case 'arrived':
      return ['complete'];
    case 'completed':
      return booking.recorded ? [] : ['record'];
    case 'offered':
    case 'declined':
    case 'cancelled':
    case 'no_show':
    case 'day_closed': // she moves it to another day herself
      return [];
  }
}

/** Marking "arrived" on a day other than the booking's asks once more: it cannot be undone. */
export function arrivalNeedsCheck(booking: Pick<BookingDto, 'date'>, today: string): boolean {
  return booking.date !== today;
}
