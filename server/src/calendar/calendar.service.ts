import { invalidField } from '../common/errors/validation.js';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import { assertManagesCentre } from '../common/admin-scope.js';
import { DomainError } from '../common/errors/domain-error.js';
import { notAllowed } from '../identity/identity.errors.js';
import { canSeeCentre, type StaffPrincipal } from '../identity/principal.js';
import { CalendarRepository } from './calendar.repository.js';
import type { CalendarMarkDto, CalendarYearDto, PutCalendarMarkDto } from './dto/admin-calendar.dto.js';
import { CITY_WIDE } from './calendar-day.entity.js';
import { eachDate } from './dates.js';
import { OFFICIAL_SOURCE, officialSchedule } from './official-schedule.js';
import { serviceDayStatus, type DayStatus } from './service-day.js';

@Injectable()
export class CalendarService implements OnApplicationBootstrap {
  private readonly logger = new Logger('calendar');

  constructor(
    private readonly calendar: CalendarRepository,
    private readonly audit: AuditService,
  ) {}

  /** Loads every official year the package knows and the table does not have yet (a new year arrives with an update). */
  async onApplicationBootstrap(): Promise<void> {
    const loaded = await this.calendar.findYearsWithSchedule();
    for (const { year, marks } of officialSchedule()) {
      if (!loaded.has(year)) {
        await this.calendar.importOfficialYear(
          year,
          OFFICIAL_SOURCE,
          marks.map((mark) => ({ ...mark, scope: CITY_WIDE, source: 'official' as const })),
        );
        this.logger.log({ msg: 'imported the official holiday schedule', year, source: OFFICIAL_SOURCE });
      }
    }
  }

  async adminYear(admin: StaffPrincipal, year: number, centre?: string): Promise<CalendarYearDto> {
    if (centre) {
      assertManagesCentre(admin, centre);
    }
    const [marks, years] = await Promise.all([
      this.calendar.findYearMarks(year, centre ? [CITY_WIDE, centre] : [CITY_WIDE]),
      this.calendar.findYearsWithSchedule(),
    ]);
    return {
      year,
      hasOfficialSchedule: years.has(year),
      nextYearHasSchedule: years.has(year + 1),
      marks: marks.map(({ date, scope, kind, name, source }) => ({ date, scope, kind, name, source })),
    };
  }

  /** City admins correct the official calendar for everyone; a centre admin closes or opens days of their centre. */
  async putMark(admin: StaffPrincipal, date: string, dto: PutCalendarMarkDto): Promise<CalendarMarkDto> {
    this.assertMayMark(admin, dto.scope);
    if (dto.scope !== CITY_WIDE && (dto.kind === 'holiday' || dto.kind === 'workday')) {
      throw invalidField('kind', 'a centre can only be closed or opened on a day');
    }
    const mark = { date, scope: dto.scope, kind: dto.kind, name: dto.name || null, source: 'admin' as const };
    await this.calendar.saveMark(mark);
    await this.audit.record(admin, 'calendar.change', {
      type: 'calendar',
      id: date,
      centreCode: dto.scope === CITY_WIDE ? null : dto.scope,
    });
    return mark;
  }

  async deleteMark(admin: StaffPrincipal, date: string, scope: string): Promise<void> {
    this.assertMayMark(admin, scope);
    if (!(await this.calendar.deleteMark(date, scope))) {
      throw new DomainError('NOT_FOUND', 'Nothing is marked on that date for that scope');
    }
    await this.audit.record(admin, 'calendar.change', {
      type: 'calendar',
      id: date,
      centreCode: scope === CITY_WIDE ? null : scope,
    });
  }

  private assertMayMark(admin: StaffPrincipal, scope: string): void {
    if (scope === CITY_WIDE ? admin.role !== 'city_admin' : !canSeeCentre(admin, scope)) {
      throw notAllowed();
    }
  }

  /** Open or closed, with the reason, for each date of a centre's calendar. */
  async dayStatuses(centreCode: string, from: string, to: string): Promise<Map<string, DayStatus>> {
    const [marks, years] = await Promise.all([
      this.calendar.findMarks(centreCode, from, to),
      this.calendar.findYearsWithSchedule(),
    ]);
    const statuses = new Map<string, DayStatus>();
    for (const date of eachDate(from, to)) {
      const centre = marks.find((m) => m.date === date && m.scope === centreCode);
      const city = marks.find((m) => m.date === date && m.scope === CITY_WIDE);
      statuses.set(date, serviceDayStatus(date, { centre, city }, years.has(Number(date.slice(0, 4)))));
    }
    return statuses;
  }
}
