import type { DayClosedReason, DayStatus } from '../calendar/service-day.js';
import {
  addDays,
  BOOKABLE_SERVICES,
  type BookableService,
  clockToMinutes,
  minutesToClock,
  type Profession,
  shanghaiClock,
  shanghaiInstant,
} from '@wac/rules';
import type { SlotRules } from './slot-template.entity.js';
import { PROFESSION_FOR_SERVICE } from './services.js';

/**
 * The availability pipeline, as plain functions: calendar × roster × template − bookings. The booking path runs the
 * same checks (`checkSlot`) so what is shown and what is accepted never disagree.
 */

const MINUTE_MS = 60 * 1000;

export const UNBOOKABLE_DAY_REASONS = ['centre_not_open', 'past', 'beyond_window', 'no_one_on_duty'] as const;
export type DayReason = DayClosedReason | (typeof UNBOOKABLE_DAY_REASONS)[number];

export interface SlotTime {
  start: string;
  end: string;
}

/** Session start times of a day: every slot plus buffer from the day's start, while the session ends in time. */
export function slotTimes(rules: Pick<SlotRules, 'slotMinutes' | 'bufferMinutes' | 'dayStart' | 'dayEnd'>): SlotTime[] {
  const times: SlotTime[] = [];
  const last = clockToMinutes(rules.dayEnd);
  for (
    let start = clockToMinutes(rules.dayStart);
    start + rules.slotMinutes <= last;
    start += rules.slotMinutes + rules.bufferMinutes
  ) {
    times.push({ start: minutesToClock(start), end: minutesToClock(start + rules.slotMinutes) });
  }
  return times;
}

export interface DayCapacity {
  /** Sessions of each service that can run at the same time: people of that profession on duty. */
  services: Record<BookableService, number>;
  /** Sessions of any service at one time: rooms not held for walk-ins, and never more than the people on duty. */
  rooms: number;
}

export function dayCapacity(
  onDuty: { professions: Profession[] }[],
  rules: Pick<SlotRules, 'rooms' | 'walkInReserve'>,
): DayCapacity {
  const counts = (service: BookableService) =>
    onDuty.filter((person) => person.professions.includes(PROFESSION_FOR_SERVICE[service])).length;
  const services = { legal: counts('legal'), counselling: counts('counselling'), mediation: counts('mediation') };
  const professionals = onDuty.filter((person) =>
    BOOKABLE_SERVICES.some((s) => person.professions.includes(PROFESSION_FOR_SERVICE[s])),
  ).length;
  return { services, rooms: Math.max(0, Math.min(rules.rooms - rules.walkInReserve, professionals)) };
}

export interface Taken {
  /** Places taken per `${start}|${service}`. */
  byService: Map<string, number>;
  /** Rooms taken per start time. */
  byTime: Map<string, number>;
}

export const takenKey = (start: string, service: BookableService) => `${start}|${service}`;

export interface DayContext {
  date: string;
  status: DayStatus;
  centreOpen: boolean;
  capacity: DayCapacity;
  rules: SlotRules;
  now: Date;
}

/** Why a whole day cannot be booked, or undefined when it can. */
export function dayUnbookableReason(day: DayContext): { reason: DayReason; note: string | null } | undefined {
  if (!day.centreOpen) {
    return { reason: 'centre_not_open', note: null };
  }
  if (!day.status.open) {
    return { reason: day.status.reason, note: day.status.note };
  }
  const today = shanghaiClock(day.now).date;
  if (day.date < today) {
    return { reason: 'past', note: null };
  }
  if (day.date > addDays(today, day.rules.bookingWindowDays)) {
    return { reason: 'beyond_window', note: null };
  }
  if (day.capacity.rooms === 0) {
    return { reason: 'no_one_on_duty', note: null };
  }
  return undefined;
}

/** A slot starting sooner than the lead time (or already started) is not offered. */
export function startsInTime(
  date: string,
  start: string,
  rules: Pick<SlotRules, 'leadTimeMinutes'>,
  now: Date,
): boolean {
  return lastOfferedAt(date, start, rules) >= now.getTime();
}

/** The last instant (ms) at which a slot is still offered: its start less the lead time. */
function lastOfferedAt(date: string, start: string, rules: Pick<SlotRules, 'leadTimeMinutes'>): number {
  return shanghaiInstant(date, start).getTime() - rules.leadTimeMinutes * MINUTE_MS;
}

/**
 * Until when (ms) the days' slots, as judged at `now`, stay as they are, bookings aside: the next moment a slot
 * stops being offered (its lead time begins) or the next Shanghai midnight (a day becomes past, another enters the
 * booking window), whichever comes first. An answer built at `now` can be given again until then.
 */
export function slotsValidUntil(days: readonly DayContext[], now: Date): number {
  const today = shanghaiClock(now).date;
  let until = shanghaiInstant(addDays(today, 1), '00:00').getTime();
  for (const day of days) {
    if (dayUnbookableReason(day)) {
      continue; // a day closed now opens only at a midnight or when its inputs change
    }
    for (const time of slotTimes(day.rules)) {
      const flips = lastOfferedAt(day.date, time.start, day.rules) + 1;
      if (flips > now.getTime() && flips < until) {
        until = flips;
      }
    }
  }
  return until;
}

export function remainingPlaces(capacity: DayCapacity, taken: Taken, start: string, service: BookableService): number {
  const serviceLeft = capacity.services[service] - (taken.byService.get(takenKey(start, service)) ?? 0);
  const roomsLeft = capacity.rooms - (taken.byTime.get(start) ?? 0);
  return Math.max(0, Math.min(serviceLeft, roomsLeft));
}

export interface OfferedSlot {
  start: string;
  end: string;
  service: BookableService;
  remaining: number;
}

/** The slots of one day, for the given services, with the places left (0 = full: shown, but not bookable). */
export function daySlots(day: DayContext, taken: Taken, services: readonly BookableService[]): OfferedSlot[] {
  if (dayUnbookableReason(day)) {
    return [];
  }
  return slotTimes(day.rules)
    .filter((time) => startsInTime(day.date, time.start, day.rules, day.now))
    .flatMap((time) =>
      services
        .filter((service) => day.capacity.services[service] > 0)
        .map((service) => ({ ...time, service, remaining: remainingPlaces(day.capacity, taken, time.start, service) })),
    );
}

export type SlotProblem = DayReason | 'not_a_slot_time' | 'too_soon' | 'service_not_offered';

/** Whether one slot can be booked at all (capacity aside); the booking path asks this before taking a place. */
export function checkSlot(day: DayContext, start: string, service: BookableService): SlotProblem | undefined {
  const dayProblem = dayUnbookableReason(day);
  if (dayProblem) {
    return dayProblem.reason;
  }
  if (!slotTimes(day.rules).some((time) => time.start === start)) {
    return 'not_a_slot_time';
  }
  if (!startsInTime(day.date, start, day.rules, day.now)) {
    return 'too_soon';
  }
  if (day.capacity.services[service] === 0) {
    return 'service_not_offered';
  }
  return undefined;
}

/** How many consultations a day can hold in all (every slot time, as many as there are rooms and people). */
export function dayPlaces(day: DayContext): number {
  if (dayUnbookableReason(day)) {
    return 0;
  }
  const people = BOOKABLE_SERVICES.reduce((sum, service) => sum + day.capacity.services[service], 0);
  return slotTimes(day.rules).length * Math.min(day.capacity.rooms, people);
}
