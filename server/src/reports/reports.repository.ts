import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Between, In, IsNull, Not, type DataSource } from 'typeorm';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import type { BookableService, BookingStatus } from '@wac/rules';
import { Booking } from '../bookings/booking.entity.js';
import { CallbackRequest } from '../callbacks/callback.entity.js';
import { PublicityEvent } from '../events/publicity-event.entity.js';
import { Account } from '../identity/account.entity.js';
import { Centre } from '../centres/centre.entity.js';
import { ConsultationRecord } from '../records/consultation-record.entity.js';

/** Read-only queries behind reports, exports and the audit log. Only coded fields leave this class. */
@Injectable()
export class ReportsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  records(from: string, to: string, centreCode?: string) {
    return this.dataSource.getRepository(ConsultationRecord).find({
      select: {
        date: true,
        centreCode: true,
        channel: true,
        category: true,
        services: true,
        referrals: true,
        followUpNeeded: true,
        durationMinutes: true,
        helperProfession: true,
        ageBand: true,
        area: true,
        mandatoryReport: true,
      },
      where: { date: Between(from, to), supersededBy: IsNull(), ...(centreCode ? { centreCode } : {}) },
      order: { date: 'ASC' },
    });
  }

  bookings(
    from: string,
    to: string,
    centreCode?: string,
    filter: { status?: BookingStatus; service?: BookableService } = {},
  ) {
    return this.dataSource.getRepository(Booking).find({
      select: {
        date: true,
        startTime: true,
        centreCode: true,
        service: true,
        status: true,
        needs: true,
        recorded: true,
      },
      where: {
        date: Between(from, to),
        status: filter.status ?? Not('offered'),
        ...(filter.service ? { service: filter.service } : {}),
        ...(centreCode ? { centreCode } : {}),
      },
      order: { date: 'ASC', startTime: 'ASC' },
    });
  }

  /** Every centre's code and name: names for exports, codes to refuse anything else in a filter or file name. */
  async centreNames(): Promise<Map<string, string>> {
    const centres = await this.dataSource.getRepository(Centre).find({ select: { code: true, name: true } });
    return new Map(centres.map((centre) => [centre.code, centre.name]));
  }

  callbacksCreated(fromInstant: Date, toInstant: Date, centreCode?: string) {
    return this.dataSource.getRepository(CallbackRequest).find({
      select: { createdAt: true, centreCode: true },
      where: { createdAt: Between(fromInstant, toInstant), ...(centreCode ? { centreCode } : {}) },
    });
  }

  events(from: string, to: string, centreCode?: string) {
    return this.dataSource.getRepository(PublicityEvent).find({
      select: { date: true, centreCode: true, reached: true },
      where: { date: Between(from, to), ...(centreCode ? { centreCode } : {}) },
    });
  }

  async audit(
    fromInstant: Date,
    toInstant: Date,
    filter: { action?: string; centreCode?: string },
  ): Promise<(AuditEntry & { actorUsername: string | null })[]> {
    const entries = await this.dataSource.getRepository(AuditEntry).find({
      where: {
        at: Between(fromInstant, toInstant),
        ...(filter.action ? { action: filter.action as AuditEntry['action'] } : {}),
        ...(filter.centreCode ? { centreCode: filter.centreCode } : {}),
      },
      order: { at: 'DESC' },
      take: 1000,
    });
    const actorIds = [...new Set(entries.map((entry) => entry.actorAccountId))];
    const accounts = actorIds.length
      ? await this.dataSource
          .getRepository(Account)
          .find({ select: { id: true, username: true }, where: { id: In(actorIds) } })
      : [];
    return entries.map((entry) =>
      Object.assign(entry, { actorUsername: accounts.find((a) => a.id === entry.actorAccountId)?.username ?? null }),
    );
  }
}
