import { invalidField } from '../common/errors/validation.js';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import { addDays, isoWeekday, lastDayOfMonth } from '@wac/rules';
import { CalendarService } from '../calendar/calendar.service.js';
import { centreNotFound } from '../centres/centres.errors.js';
import { CentresRepository } from '../centres/centres.repository.js';
import { assertManagesCentre } from '../common/admin-scope.js';
import { DomainError } from '../common/errors/domain-error.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import type { StaffPrincipal } from '../identity/principal.js';
import { StaffRepository } from '../staff/staff.repository.js';
import type { CopyWeekResultDto, RosterDayDto, RosterMonthDto } from './dto/roster.dto.js';
import { rosterWarnings } from './roster-warnings.js';
import { RosterRepository } from './roster.repository.js';
import { single } from '../common/single.js';

@Injectable()
export class RosterService {
  constructor(
    private readonly roster: RosterRepository,
    private readonly staff: StaffRepository,
    private readonly centres: CentresRepository,
    private readonly calendar: CalendarService,
    private readonly audit: AuditService,
    private readonly transactions: TransactionRunner,
  ) {}

  async month(admin: StaffPrincipal, centreCode: string, month: string): Promise<RosterMonthDto> {
    await this.assertCentre(admin, centreCode);
    return { centreCode, month, days: await this.days(centreCode, `${month}-01`, lastDayOfMonth(month)) };
  }

  /** Sets who is on duty that day; only active people of the centre, and nobody at two centres on one day. */
  async putDay(
    admin: StaffPrincipal,
    centreCode: string,
    date: string,
    staffMemberIds: string[],
  ): Promise<RosterDayDto> {
    await this.assertCentre(admin, centreCode);
    const people = await this.staff.findByIds(staffMemberIds);
    const strangers = staffMemberIds.filter(
      (id) => !people.some((p) => p.id === id && p.centreCode === centreCode && p.active),
    );
    if (strangers.length > 0) {
      throw invalidField('staffMemberIds', `not active staff of this centre: ${strangers.join(', ')}`);
    }
    await this.write(admin, centreCode, [{ date, staffMemberIds }]);
    return single(await this.days(centreCode, date, date));
  }

  /** Copies a week's duty to another week (Monday to Sunday), replacing that week. */
  async copyWeek(
    admin: StaffPrincipal,
    centreCode: string,
    fromMonday: string,
    toMonday: string,
  ): Promise<CopyWeekResultDto> {
    await this.assertCentre(admin, centreCode);
    for (const [field, monday] of [
      ['fromMonday', fromMonday],
      ['toMonday', toMonday],
    ] as const) {
      if (isoWeekday(monday) !== 1) {
        throw invalidField(field, 'must be a Monday');
      }
    }
    const source = await this.roster.findAssigned(centreCode, fromMonday, addDays(fromMonday, 6));
    const week = Array.from({ length: 7 }, (_, i) => ({
      date: addDays(toMonday, i),
      staffMemberIds: source.filter((a) => a.date === addDays(fromMonday, i)).map((a) => a.staffMemberId),
    }));
    return { copied: await this.write(admin, centreCode, week) };
  }

  private async write(
    admin: StaffPrincipal,
    centreCode: string,
    days: { date: string; staffMemberIds: string[] }[],
  ): Promise<number> {
    try {
      const written = await this.roster.replaceDays(centreCode, days);
      await this.audit.record(admin, 'roster.change', { type: 'roster', id: days[0]?.date ?? '', centreCode });
      return written;
    } catch (error) {
      if (this.transactions.uniqueKeyViolated(error) === 'UQ_duty_assignment_person_day') {
        throw new DomainError(
          'ALREADY_ON_DUTY_ELSEWHERE',
          'Someone in this list is already on duty at another centre that day',
        );
      }
      throw error;
    }
  }

  private async days(centreCode: string, from: string, to: string): Promise<RosterDayDto[]> {
    const [statuses, assigned] = await Promise.all([
      this.calendar.dayStatuses(centreCode, from, to),
      this.roster.findAssigned(centreCode, from, to),
    ]);
    return [...statuses.entries()].map(([date, status]) => {
      const people = assigned
        .filter((a) => a.date === date)
        .map(({ staffMemberId, displayName, professions, onLeave }) => ({
          staffMemberId,
          displayName,
          professions,
          onLeave,
        }));
      const base = { date, weekday: isoWeekday(date), serviceDay: status.open, note: status.note, people };
      const warnings = status.open ? rosterWarnings(people.filter((p) => !p.onLeave)) : [];
      return status.open ? { ...base, warnings } : { ...base, reason: status.reason, warnings };
    });
  }

  private async assertCentre(admin: StaffPrincipal, centreCode: string): Promise<void> {
    assertManagesCentre(admin, centreCode);
    if (!(await this.centres.findByCode(centreCode))) {
      throw centreNotFound(centreCode);
    }
  }
}
