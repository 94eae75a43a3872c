import { invalidField } from '../common/errors/validation.js';
import { Injectable } from '@nestjs/common';
import { BookingsRepository } from '../bookings/bookings.repository.js';
import { Clock } from '../common/clock.js';
import { daysBetween, isoWeekday } from '../calendar/dates.js';
import { CalendarService } from '../calendar/calendar.service.js';
import { centreNotFound } from '../centres/centres.errors.js';
import { CentresRepository } from '../centres/centres.repository.js';
import { RosterRepository } from '../roster/roster.repository.js';
import { dayCapacity, daySlots, dayUnbookableReason, type DayContext, type Taken } from './availability.js';
import type { AvailabilityDto, AvailabilityQueryDto } from './dto/availability.dto.js';
import { BOOKABLE_SERVICES } from './services.js';
import { encodeSlotId } from './slot-id.js';
import { SlotTemplateRepository } from './slot-template.repository.js';
import { single } from '../common/single.js';

const MAX_RANGE_DAYS = 31;
const NOTHING_TAKEN: Taken = { byService: new Map(), byTime: new Map() };

@Injectable()
export class AvailabilityService {
  constructor(
    private readonly centres: CentresRepository,
    private readonly templates: SlotTemplateRepository,
    private readonly calendar: CalendarService,
    private readonly roster: RosterRepository,
    private readonly bookings: BookingsRepository,
    private readonly clock: Clock,
  ) {}

  async forRange(centreCode: string, query: AvailabilityQueryDto): Promise<AvailabilityDto> {
    const now = this.clock.now();
    const span = daysBetween(query.from, query.to);
    if (span < 0 || span >= MAX_RANGE_DAYS) {
      throw invalidField('to', `must be on or after from, at most ${MAX_RANGE_DAYS} days in all`);
    }
    const [contexts, taken] = await Promise.all([
      this.dayContexts(centreCode, query.from, query.to, now),
      this.bookings.countTaken(centreCode, query.from, query.to),
    ]);
    const services = query.service ? [query.service] : BOOKABLE_SERVICES;
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
          slots,
        };
        return unbookable ? { ...base, reason: unbookable.reason } : base;
      }),
    };
  }

  /** Everything the pure pipeline needs to judge a centre's days: its status, calendar, roster and rules. */
  async dayContexts(centreCode: string, from: string, to: string, now: Date): Promise<DayContext[]> {
    const centre = await this.centres.findByCode(centreCode);
    if (!centre) {
      throw centreNotFound(centreCode);
    }
    const [rules, statuses, onDuty] = await Promise.all([
      this.templates.findRules(centreCode),
      this.calendar.dayStatuses(centreCode, from, to),
      this.roster.findOnDuty(centreCode, from, to),
    ]);
    return [...statuses.entries()].map(([date, status]) => ({
      date,
      status,
      centreOpen: centre.status === 'open',
      capacity: dayCapacity(
        onDuty.filter((person) => person.date === date),
        rules,
      ),
      rules,
      now,
    }));
  }

  async dayContext(centreCode: string, date: string, now: Date): Promise<DayContext> {
    return single(await this.dayContexts(centreCode, date, date, now));
  }
}
