import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { AuditRepository } from '../audit/audit.repository.js';
import { BookingsRepository } from '../bookings/bookings.repository.js';
import { TRANSITIONS } from '../bookings/booking-status.js';
import { assertManagesCentre } from '../common/admin-scope.js';
import { Clock } from '../common/clock.js';
import { DomainError } from '../common/errors/domain-error.js';
import { invalidField, validationFailed } from '../common/errors/validation.js';
import { TransactionRunner, type EntityManager } from '../database/transaction-runner.js';
import { notAllowed } from '../identity/identity.errors.js';
import { canSeeCentre, type StaffPrincipal } from '../identity/principal.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { CITY_WIDE, type CalendarDay } from './calendar-day.entity.js';
import { CalendarRepository, type NewCalendarDay } from './calendar.repository.js';
import { eachDate, minutesToClock, shanghaiClock } from '@wac/rules';
import type {
  CalendarMarkDto,
  CalendarYearDto,
  CalendarYearListDto,
  OfficialScheduleDto,
  OfficialSchedulePreviewDto,
  OfficialScheduleResultDto,
  PutCalendarMarkDto,
} from './dto/admin-calendar.dto.js';
import { checkOfficialSchedule, officialMarks } from './official-schedule-form.js';
import { OFFICIAL_SOURCE, officialSchedule } from './official-schedule.js';
import { serviceDayStatus, type CalendarMark, type DayStatus, type YearSchedule } from './service-day.js';
import { statutoryHolidays } from './statutory-holidays.js';

type CalendarMarkRow = Pick<CalendarDay, 'date' | 'scope' | 'kind' | 'name' | 'source'>;

/** Who changed the calendar when no person did: the server loading a new year from its dependency. */
const SYSTEM_ACTOR = 'system';

/**
 * The service calendar: the official schedule of each year (from the `chinese-days` package, or entered by an
 * admin when the package does not have it yet), a provisional calendar for years without one, admins' corrections,
 * and each centre's own closures and extra days. Whatever closes a day that already has bookings moves those
 * bookings to `day_closed` in the same transaction, tells each woman who asked for notices, and tells the centre.
 */
@Injectable()
export class CalendarService implements OnApplicationBootstrap {
  private readonly logger = new Logger('calendar');
  private readonly statutory = new Map<number, ReadonlyMap<string, string>>();

  constructor(
    private readonly calendar: CalendarRepository,
    private readonly audit: AuditRepository,
    private readonly bookings: BookingsRepository,
    private readonly notifications: NotificationsService,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  /** Loads every official year the package has and the table does not (a new year arrives with an update). */
  async onApplicationBootstrap(): Promise<void> {
    const loaded = new Set((await this.calendar.findYears()).map((year) => year.year));
    for (const { year, marks } of officialSchedule()) {
      if (!loaded.has(year)) {
        const changed = await this.loadOfficialYear(year, marks, OFFICIAL_SOURCE, SYSTEM_ACTOR);
        this.logger.log({ msg: 'loaded the official holiday schedule', year, source: OFFICIAL_SOURCE, ...changed });
      }
    }
  }

  /** Which years around now have their official schedule, and which run on the provisional calendar. */
  async years(): Promise<CalendarYearListDto> {
    const thisYear = Number(shanghaiClock(this.clock.now()).date.slice(0, 4));
    const loaded = await this.calendar.findYears();
    const items = [thisYear - 1, thisYear, thisYear + 1].map((year) => {
      const row = loaded.find((candidate) => candidate.year === year);
      return { year, official: row !== undefined, source: row?.source ?? null };
    });
    return { items };
  }

  async adminYear(admin: StaffPrincipal, year: number, centre?: string): Promise<CalendarYearDto> {
    if (centre) {
      assertManagesCentre(admin, centre);
    }
    const [marks, years] = await Promise.all([
      this.calendar.findYearMarks(year, centre ? [CITY_WIDE, centre] : [CITY_WIDE]),
      this.calendar.findYears(),
    ]);
    const official = years.find((row) => row.year === year);
    return {
      year,
      hasOfficialSchedule: official !== undefined,
      scheduleSource: official?.source ?? null,
      nextYearHasSchedule: years.some((row) => row.year === year + 1),
      statutoryHolidays: statutoryHolidays(year),
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
    await this.transactions.run(async (manager) => {
      await this.calendar.saveMark(manager, mark);
      await this.moveBookingsOffClosedDays(manager, [date]);
      await this.audit.append(auditEntry(admin.accountId, 'calendar', date, dto.scope), manager);
    });
    return mark;
  }

  async deleteMark(admin: StaffPrincipal, date: string, scope: string): Promise<void> {
    this.assertMayMark(admin, scope);
    await this.transactions.run(async (manager) => {
      if (!(await this.calendar.deleteMark(manager, date, scope))) {
        throw new DomainError('NOT_FOUND', 'Nothing is marked on that date for that scope');
      }
      // Removing an extra day or a 调休 correction can close a day too.
      await this.moveBookingsOffClosedDays(manager, [date]);
      await this.audit.append(auditEntry(admin.accountId, 'calendar', date, scope), manager);
    });
  }

  /** What loading a year's official schedule would change for women, before anything changes. */
  async previewOfficialYear(
    admin: StaffPrincipal,
    year: number,
    dto: OfficialScheduleDto,
  ): Promise<OfficialSchedulePreviewDto> {
    this.assertCityAdmin(admin);
    const marks = this.checkedMarks(year, dto);
    const days = this.scheduleDates(year, marks);
    const before = await this.cityStatuses(days);
    const after = await this.cityStatuses(days, { year, marks });
    const changes = days
      .filter((date) => !sameStatus(before.get(date), after.get(date)))
      .map((date) => ({ date, before: dayView(before.get(date)), after: dayView(after.get(date)) }));
    const closing = changes.filter((change) => change.before.open && !change.after.open).map((change) => change.date);
    const affected = await this.bookings.countHoldingPlaceOn(closing, this.nowInShanghai());
    return { year, changes, bookingsToMove: affected };
  }

  /** Loads a year's official schedule entered by a city admin; bookings on days it closes are moved off them. */
  async applyOfficialYear(
    admin: StaffPrincipal,
    year: number,
    dto: OfficialScheduleDto,
  ): Promise<OfficialScheduleResultDto> {
    this.assertCityAdmin(admin);
    const marks = this.checkedMarks(year, dto);
    return { year, ...(await this.loadOfficialYear(year, marks, `admin:${admin.accountId}`, admin.accountId)) };
  }

  /** Open or closed, with the reason, for each date of a centre's calendar. */
  async dayStatuses(centreCode: string, from: string, to: string): Promise<Map<string, DayStatus>> {
    const [marks, years] = await Promise.all([
      this.calendar.findMarks([centreCode], from, to),
      this.calendar.findYears(),
    ]);
    const official = new Set(years.map((row) => row.year));
    return new Map(eachDate(from, to).map((date) => [date, this.statusOf(date, centreCode, marks, official)]));
  }

  private async loadOfficialYear(
    year: number,
    marks: (CalendarMark & { date: string })[],
    source: string,
    actor: string,
  ): Promise<{ daysChanged: number; bookingsMoved: number }> {
    const days: NewCalendarDay[] = marks.map((mark) => ({ ...mark, scope: CITY_WIDE, source: 'official' }));
    return this.transactions.run(async (manager) => {
      await this.calendar.replaceOfficialYear(manager, year, source, days);
      const moved = await this.moveBookingsOffClosedDays(manager, this.scheduleDates(year, marks));
      await this.audit.append(auditEntry(actor, 'calendar-year', String(year), CITY_WIDE), manager);
      return { daysChanged: days.length, bookingsMoved: moved };
    });
  }

  /**
   * Inside the transaction of a calendar change: every booking still to come on one of these dates whose centre
   * no longer serves that day gives its place back and becomes `day_closed`; she is told (if she asked for
   * notices) and so is the centre, once per centre. Returns how many moved.
   */
  private async moveBookingsOffClosedDays(manager: EntityManager, dates: string[]): Promise<number> {
    const holding = await this.bookings.findHoldingPlaceOn(manager, dates, this.nowInShanghai());
    if (holding.length === 0) {
      return 0;
    }
    const centreCodes = [...new Set(holding.map((booking) => booking.centreCode))];
    const sorted = [...dates].sort();
    const marks = await this.calendar.findMarks(centreCodes, sorted[0] ?? '', sorted.at(-1) ?? '', manager);
    const official = new Set((await this.calendar.findYears(manager)).map((row) => row.year));
    const perCentre = new Map<string, number>();
    const transition = TRANSITIONS['close-day'];
    for (const booking of holding) {
      if (this.statusOf(booking.date, booking.centreCode, marks, official).open) {
        continue;
      }
      const moved = await this.bookings.transition(manager, booking.id, {}, transition.from, {
        status: transition.to,
        seat: null,
        roomSeat: null,
        activeClientId: null,
        statusChangedBy: null,
        statusChangedAt: this.clock.now(),
      });
      if (moved) {
        await this.notifications.bookingDayClosed(manager, booking);
        perCentre.set(booking.centreCode, (perCentre.get(booking.centreCode) ?? 0) + 1);
      }
    }
    for (const [centreCode, count] of perCentre) {
      await this.notifications.toCentre(manager, centreCode, 'staff_day_closed', { detail: String(count) });
    }
    return [...perCentre.values()].reduce((sum, count) => sum + count, 0);
  }

  private checkedMarks(year: number, dto: OfficialScheduleDto): (CalendarMark & { date: string })[] {
    const problems = checkOfficialSchedule(year, dto);
    if (problems.length > 0) {
      throw validationFailed(problems);
    }
    return officialMarks(dto);
  }

  /** Every date a year's schedule can touch: the whole year, and any late-December days it names. */
  private scheduleDates(year: number, marks: { date: string }[]): string[] {
    const earliest = marks.reduce((first, mark) => (mark.date < first ? mark.date : first), `${year}-01-01`);
    return eachDate(earliest, `${year}-12-31`);
  }

  /** City-wide status of each date (no centre's own marks), now or as it would be with another official year. */
  private async cityStatuses(
    dates: string[],
    replacing?: { year: number; marks: (CalendarMark & { date: string })[] },
  ): Promise<Map<string, DayStatus>> {
    let marks: CalendarMarkRow[] = await this.calendar.findMarks([], dates[0] ?? '', dates.at(-1) ?? '');
    const official = new Set((await this.calendar.findYears()).map((row) => row.year));
    if (replacing) {
      // As CalendarRepository.replaceOfficialYear would leave it: the year's official rows replaced, and a new row
      // only where no row is left (an admin's correction, or another year's schedule, keeps its date).
      const replaced = (mark: CalendarMarkRow) =>
        mark.scope === CITY_WIDE && mark.source === 'official' && mark.date.startsWith(`${replacing.year}-`);
      const kept = marks.filter((mark) => !replaced(mark));
      const taken = new Set(kept.filter((mark) => mark.scope === CITY_WIDE).map((mark) => mark.date));
      const added = replacing.marks
        .filter((mark) => !taken.has(mark.date))
        .map((mark) => ({ ...mark, scope: CITY_WIDE, source: 'official' as const }));
      marks = [...kept, ...added];
      official.add(replacing.year);
    }
    return new Map(dates.map((date) => [date, this.statusOf(date, CITY_WIDE, marks, official)]));
  }

  private statusOf(
    date: string,
    centreCode: string,
    marks: CalendarMarkRow[],
    officialYears: ReadonlySet<number>,
  ): DayStatus {
    const onDate = marks.filter((mark) => mark.date === date);
    const centre = centreCode === CITY_WIDE ? undefined : onDate.find((mark) => mark.scope === centreCode);
    const city = onDate.find((mark) => mark.scope === CITY_WIDE);
    return serviceDayStatus(date, { centre, city }, this.yearSchedule(Number(date.slice(0, 4)), officialYears));
  }

  private yearSchedule(year: number, officialYears: ReadonlySet<number>): YearSchedule {
    if (officialYears.has(year)) {
      return { official: true };
    }
    let statutory = this.statutory.get(year);
    if (!statutory) {
      statutory = new Map(statutoryHolidays(year).map((day) => [day.date, day.festival]));
      this.statutory.set(year, statutory);
    }
    return { official: false, statutory };
  }

  private nowInShanghai(): { date: string; clock: string } {
    const { date, minutes } = shanghaiClock(this.clock.now());
    return { date, clock: minutesToClock(minutes) };
  }

  private assertMayMark(admin: StaffPrincipal, scope: string): void {
    if (scope === CITY_WIDE ? admin.role !== 'city_admin' : !canSeeCentre(admin, scope)) {
      throw notAllowed();
    }
  }

  private assertCityAdmin(admin: StaffPrincipal): void {
    if (admin.role !== 'city_admin') {
      throw notAllowed();
    }
  }
}

function auditEntry(actorAccountId: string, targetType: string, targetId: string, scope: string) {
  return {
    actorAccountId,
    action: 'calendar.change' as const,
    targetType,
    targetId,
    centreCode: scope === CITY_WIDE ? null : scope,
  };
}

/** Same for women: bookable or not. (Every day of the year stops being provisional; that is not listed.) */
function sameStatus(a: DayStatus | undefined, b: DayStatus | undefined): boolean {
  return a?.open === b?.open;
}

function dayView(status: DayStatus | undefined): { open: boolean; note: string | null; provisional: boolean } {
  return { open: status?.open ?? false, note: status?.note ?? null, provisional: status?.provisional ?? false };
}
