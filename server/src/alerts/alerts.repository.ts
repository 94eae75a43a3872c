import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, LessThanOrEqual, MoreThanOrEqual, type DataSource } from 'typeorm';
import { Booking } from '../bookings/booking.entity.js';
import { UPCOMING_STATUSES } from '../bookings/booking-status.js';
import { CallbackRequest } from '../callbacks/callback.entity.js';
import { Centre } from '../centres/centre.entity.js';
import { Notification, type NotificationKind } from '../notifications/notification.entity.js';

@Injectable()
export class AlertsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Bookings of this kind already announced to their centre, among the given ones. */
  async announced(kind: NotificationKind, bookingIds: string[]): Promise<Set<string>> {
    if (bookingIds.length === 0) {
      return new Set();
    }
    const rows = await this.dataSource
      .getRepository(Notification)
      .find({ where: { kind, bookingId: In(bookingIds), channel: 'centre' }, select: { bookingId: true } });
    return new Set(rows.map((row) => row.bookingId).filter((id): id is string => id !== null));
  }

  /** Bookings pending since before `pendingSince` (asked for, accepted from a waiting list, or moved), to come. */
  findWaitingBookings(pendingSince: Date, today: string): Promise<Booking[]> {
    return this.dataSource.getRepository(Booking).find({
      where: { status: 'pending', statusChangedAt: LessThanOrEqual(pendingSince), date: MoreThanOrEqual(today) },
      select: {
        id: true,
        clientId: true,
        centreCode: true,
        date: true,
        startTime: true,
        service: true,
        statusChangedAt: true,
      },
    });
  }

  /** Centres that serve women (not those still being prepared). */
  async openCentres(): Promise<string[]> {
    const centres = await this.dataSource
      .getRepository(Centre)
      .find({ where: { status: 'open' }, select: { code: true } });
    return centres.map((centre) => centre.code);
  }

  /** Per centre: bookings on a day still holding a place, and callback requests waiting for a call. */
  async dayCounts(date: string): Promise<Map<string, { bookings: number; callbacks: number }>> {
    const bookings = await this.dataSource
      .getRepository(Booking)
      .createQueryBuilder('b')
      .select(['b.centreCode AS centreCode', 'COUNT(*) AS n'])
      .where('b.date = :date AND b.status IN (:...statuses)', { date, statuses: UPCOMING_STATUSES })
      .groupBy('b.centreCode')
      .getRawMany<{ centreCode: string; n: string | number }>();
    const callbacks = await this.dataSource
      .getRepository(CallbackRequest)
      .createQueryBuilder('c')
      .select(['c.centreCode AS centreCode', 'COUNT(*) AS n'])
      .where('c.status IN (:...statuses)', { statuses: ['open', 'claimed'] })
      .groupBy('c.centreCode')
      .getRawMany<{ centreCode: string; n: string | number }>();
    const counts = new Map<string, { bookings: number; callbacks: number }>();
    const entry = (code: string) => counts.get(code) ?? { bookings: 0, callbacks: 0 };
    bookings.forEach((row) => counts.set(row.centreCode, { ...entry(row.centreCode), bookings: Number(row.n) }));
    callbacks.forEach((row) => counts.set(row.centreCode, { ...entry(row.centreCode), callbacks: Number(row.n) }));
    return counts;
  }
}
