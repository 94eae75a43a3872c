import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { CalendarRepository } from './calendar.repository.js';
import { CITY_WIDE } from './calendar-day.entity.js';
import { eachDate } from './dates.js';
import { OFFICIAL_SOURCE, officialSchedule } from './official-schedule.js';
import { serviceDayStatus, type DayStatus } from './service-day.js';

@Injectable()
export class CalendarService implements OnApplicationBootstrap {
  private readonly logger = new Logger('calendar');

  constructor(private readonly calendar: CalendarRepository) {}

  /** Loads every official year the package knows and the table does not have yet (a new year arrives with an update). */
  async onApplicationBootstrap(): Promise<void> {
    const loaded = await this.calendar.findYearsWithSchedule();
    for (const { year, marks } of officialSchedule()) {
      if (!loaded.has(year)) {
        await this.calendar.importOfficialYear(year, OFFICIAL_SOURCE, marks.map((mark) => ({ ...mark, scope: CITY_WIDE, source: 'official' as const })));
        this.logger.log({ msg: 'imported the official holiday schedule', year, source: OFFICIAL_SOURCE });
      }
    }
  }

  /** Open or closed, with the reason, for each date of a centre's calendar. */
  async dayStatuses(centreCode: string, from: string, to: string): Promise<Map<string, DayStatus>> {
    const [marks, years] = await Promise.all([this.calendar.findMarks(centreCode, from, to), this.calendar.findYearsWithSchedule()]);
    const statuses = new Map<string, DayStatus>();
    for (const date of eachDate(from, to)) {
      const centre = marks.find((m) => m.date === date && m.scope === centreCode);
      const city = marks.find((m) => m.date === date && m.scope === CITY_WIDE);
      statuses.set(date, serviceDayStatus(date, { centre, city }, years.has(Number(date.slice(0, 4)))));
    }
    return statuses;
  }
}
