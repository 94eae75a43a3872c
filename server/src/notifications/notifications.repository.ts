import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LessThanOrEqual, type DataSource } from 'typeorm';
import { Booking } from '../bookings/booking.entity.js';
import { Client } from '../identity/client.entity.js';
import { Notification } from './notification.entity.js';

@Injectable()
export class NotificationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(notification: Omit<Notification, 'createdAt'>): Promise<void> {
    await this.dataSource.createQueryBuilder().insert().into(Notification).values(notification).execute();
  }

  findDue(now: Date, limit: number): Promise<Notification[]> {
    return this.dataSource.getRepository(Notification).find({
      where: { status: 'pending', sendAfter: LessThanOrEqual(now) },
      order: { sendAfter: 'ASC' },
      take: limit,
    });
  }

  /** Claims a due notice for this process (compare-and-swap on attempts), so two processes never send it twice. */
  async claim(notification: Notification, nextTry: Date): Promise<boolean> {
    const result = await this.dataSource
      .getRepository(Notification)
      .update(
        { id: notification.id, status: 'pending', attempts: notification.attempts },
        { attempts: notification.attempts + 1, sendAfter: nextTry },
      );
    return (result.affected ?? 0) === 1;
  }

  async finish(id: string, status: Notification['status'], lastError: string | null): Promise<void> {
    await this.dataSource.getRepository(Notification).update({ id }, { status, lastError });
  }

  findBookingWithCentre(id: string): Promise<Booking | null> {
    return this.dataSource.getRepository(Booking).findOne({ where: { id }, relations: { centre: true } });
  }

  findClient(id: string): Promise<Client | null> {
    return this.dataSource.getRepository(Client).findOneBy({ id });
  }

  async cancelPendingFor(clientId: string): Promise<void> {
    await this.dataSource
      .getRepository(Notification)
      .update({ clientId, status: 'pending' }, { status: 'skipped', lastError: 'erased' });
  }

  findForBooking(bookingId: string): Promise<Notification[]> {
    return this.dataSource.getRepository(Notification).find({ where: { bookingId }, order: { createdAt: 'ASC' } });
  }
}
