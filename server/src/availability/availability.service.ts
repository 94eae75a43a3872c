import { invalidField } from '../common/errors/validation.js';
import { Injectable } from '@nestjs/common';
import { BookingsRepository } from '../bookings/bookings.repository.js';
import { CACHE_NAMES } from '../cache/cache-names.js';
import { CacheVersions } from '../cache/cache-versions.service.js';
import { RecentlyUsed } from '../cache/recently-used.js';
import { SharedReads } from '../cache/shared-reads.js';
import type { Freshness } from '../cache/versioned-cache.js';
import { Clock } from '../common/clock.js';
import { addDays, BOOKABLE_SERVICES, daysBetween, isoWeekday, shanghaiClock, type BookableService } from '@wac/rules';
import { CalendarService } from '../calendar/calendar.service.js';
import type { DayStatus } from '../calendar/service-day.js';
import { centreNotFound } from '../centres/centres.errors.js';
import { CentresRepository } from '../centres/centres.repository.js';
import { RosterRepository } from '../roster/roster.repository.js';
import {
  dayCapacity,
  dayPlaces,
  daySlots,
  dayUnbookableReason,
  slotsValidUntil,
  type DayCapacity,
  type DayContext,
  type Taken,
} from './availability.js';
import type { AvailabilityDto, AvailabilityQueryDto } from './dto/availability.dto.js';
import { encodeSlotId } from './slot-id.js';
import type { SlotRules } from './slot-template.entity.js';
import { SlotTemplateRepository } from './slot-template.repository.js';
import { single } from '../common/single.js';

const MAX_RANGE_DAYS = 31;
const NOTHING_TAKEN: Taken = { byService: new Map(), byTime: new Map() };
/** Answers kept for giving again: a day's requests are about 13 centres × 4 service choices × a few ranges. */
const MAX_ANSWERS_KEPT = 256;

interface KeptAnswer {
  inputs: WindowInputs;
  /** The places taken when it was built, as `stampOf` writes them. */
  taken: string;
  builtAt: number;
  validUntil: number;
  answer: AvailabilityDto;
}

/** The places taken, as a string equal for equal counts. */
function stampOf(taken: Map<string, Taken>): string {
  let stamp = '';
  for (const [date, { byService, byTime }] of taken) {
    stamp += `${date}:${[...byService].join()};${[...byTime].join()}|`;
  }
  return stamp;
}

/**
 * What a centre's days are made of for one window, apart from the bookings: the centre's status, its rules, each
 * day's calendar status and capacity (from the roster). Cached per centre and window; see `dayContexts`.
 */
interface WindowInputs {
  centreName: string;
  centreOpen: boolean;
  rules: SlotRules;
  days: { date: string; status: DayStatus; capacity: DayCapacity }[];
}

export interface BookingWindow {
  centreName: string;
  days: DayContext[];
  places: number;
}

function contextsOf({ centreOpen, rules, days }: WindowInputs, now: Date): DayContext[] {
  return days.map(({ date, status, capacity }) => ({ date, status, centreOpen, capacity, rules, now }));
}

@Injectable()
export class AvailabilityService {
  private readonly inputsCache;
  private readonly answers = new RecentlyUsed<string, KeptAnswer>(MAX_ANSWERS_KEPT);
  private readonly takenReads = new SharedReads<Map<string, Taken>>();
  /**
   * The places each cached booking window offers, summed once per window rather than at every booking: the sum
   * depends on the clock only through the day, which the window's cache key holds.
   */
  private readonly windowPlaces = new WeakMap<WindowInputs, number>();

  constructor(
    private readonly centres: CentresRepository,
    private readonly templates: SlotTemplateRepository,
    private readonly calendar: CalendarService,
    private readonly roster: RosterRepository,
    private readonly bookings: BookingsRepository,
    private readonly clock: Clock,
    cacheVersions: CacheVersions,
  ) {
    this.inputsCache = cacheVersions.newCache<WindowInputs | undefined>(2000);
  }

  /**
   * A centre's days and slots. The answer last built for the same request is given again while it cannot have
   * changed: the same cached inputs, the same places taken (read on every request) and a clock before the next moment
   * a slot stops being offered (`slotsValidUntil`).
   */
  async forRange(
    centreCode: string,
    query: AvailabilityQueryDto,
    freshness: Freshness = 'current',
  ): Promise<AvailabilityDto> {
    const now = this.clock.now();
    const span = daysBetween(query.from, query.to);
    if (span < 0 || span >= MAX_RANGE_DAYS) {
      throw invalidField('to', `must be on or after from, at most ${MAX_RANGE_DAYS} days in all`);
    }
    const [inputs, taken] = await Promise.all([
      this.windowInputs(centreCode, query.from, query.to, freshness),
      // Requests for the same centre and days waiting together share one count, begun after each of them asked.
      this.takenReads.read(`${centreCode}|${query.from}|${query.to}`, () =>
        this.bookings.countTaken(centreCode, query.from, query.to),
      ),
    ]);
    const key = `${centreCode}|${query.from}|${query.to}|${query.service ?? ''}`;
    const takenStamp = stampOf(taken);
    const known = this.answers.get(key);
    if (
      known?.inputs === inputs &&
      known.taken === takenStamp &&
      now.getTime() >= known.builtAt &&
      now.getTime() < known.validUntil
    ) {
      return known.answer;
    }
    const contexts = contextsOf(inputs, now);
    const answer = this.build(centreCode, contexts, taken, query.service ? [query.service] : BOOKABLE_SERVICES);
    this.answers.set(key, {
      inputs,
      taken: takenStamp,
      builtAt: now.getTime(),
      validUntil: slotsValidUntil(contexts, now),
      answer,
    });
    return answer;
  }

  private build(
    centreCode: string,
    contexts: DayContext[],
    taken: Map<string, Taken>,
    services: readonly BookableService[],
  ): AvailabilityDto {
    return {
      centreCode,
      days: contexts.map((day) => {
        const unbookable = dayUnbookableReason(day);
        const slots = daySlots(day, taken.get(day.date) ?? NOTHING_TAKEN, services).map((slot) => ({
          slotId: encodeSlotId({ centreCode, date: day.date, start: slot.start, service: slot.service }),
          ...slot,
        }));
        const base = {
          date: day.date,
          weekday: isoWeekday(day.date),
          open: !unbookable,
          note: unbookable?.note ?? (day.status.open ? day.status.note : null),
          provisional: day.status.provisional,
          slots,
        };
        return unbookable ? { ...base, reason: unbookable.reason } : base;
      }),
    };
  }

  /**
   * Everything the pure pipeline needs to judge a centre's days: its status, calendar, roster and rules. They change
   * only through admin writes, which bump the centre's (or the city calendar's) counter, so they are cached per
   * centre and window and read again as soon as a counter moves, whichever process wrote. Bookings are not in here.
   */
  async dayContexts(centreCode: string, from: string, to: string, now: Date): Promise<DayContext[]> {
    return contextsOf(await this.windowInputs(centreCode, from, to, 'current'), now);
  }

  /** The same object for as long as the counters stay put. */
  private async windowInputs(
    centreCode: string,
    from: string,
    to: string,
    freshness: Freshness,
  ): Promise<WindowInputs> {
    const inputs = await this.inputsCache.get(
      `${centreCode}|${from}|${to}`,
      [CACHE_NAMES.calendar, CACHE_NAMES.centre(centreCode)],
      () => this.loadWindow(centreCode, from, to),
      freshness,
    );
    if (!inputs) {
      throw centreNotFound(centreCode);
    }
    return inputs;
  }

  private async loadWindow(centreCode: string, from: string, to: string): Promise<WindowInputs | undefined> {
    const centre = await this.centres.findByCode(centreCode);
    if (!centre) {
      return undefined;
    }
    const [rules, statuses, onDuty] = await Promise.all([
      this.templates.findRules(centreCode),
      this.calendar.dayStatuses(centreCode, from, to),
      this.roster.findOnDuty(centreCode, from, to),
    ]);
    return {
      centreName: centre.name,
      centreOpen: centre.status === 'open',
      rules,
      days: [...statuses.entries()].map(([date, status]) => ({
        date,
        status,
        capacity: dayCapacity(
          onDuty.filter((person) => person.date === date),
          rules,
        ),
      })),
    };
  }

  /**
   * A centre's booking window from today, in one cached read (one counter query while warm): each day's context,
   * the places the window offers (what limits on new sessions are a share of) and the centre's name. A booking reads
   * its slot's day from here.
   */
  async bookingWindow(centreCode: string, now: Date): Promise<BookingWindow> {
    const today = shanghaiClock(now).date;
    const inputs = await this.inputsCache.get(
      `${centreCode}|window|${today}`,
      [CACHE_NAMES.calendar, CACHE_NAMES.centre(centreCode)],
      async () => {
        const { bookingWindowDays } = await this.templates.findRules(centreCode);
        return this.loadWindow(centreCode, today, addDays(today, bookingWindowDays));
      },
    );
    if (!inputs) {
      throw centreNotFound(centreCode);
    }
    const days = contextsOf(inputs, now);
    let places = this.windowPlaces.get(inputs);
    if (places === undefined) {
      places = days.reduce((sum, day) => sum + dayPlaces(day), 0);
      this.windowPlaces.set(inputs, places);
    }
    return { centreName: inputs.centreName, days, places };
  }

  async dayContext(centreCode: string, date: string, now: Date): Promise<DayContext> {
    return single(await this.dayContexts(centreCode, date, date, now));
  }
}
