import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, IsNull, LessThanOrEqual, Not, type DataSource, type EntityManager } from 'typeorm';
import { Booking } from '../bookings/booking.entity.js';
import { Centre } from '../centres/centre.entity.js';
import { Account } from '../identity/account.entity.js';
import { Client } from '../identity/client.entity.js';
import type { StaffRole } from '../identity/principal.js';
import { CentreChannel } from './centre-channel.entity.js';
import { Notification } from './notification.entity.js';
import { RowInserter, type Statement } from '../database/fixed-sql.js';

export type NewNotification = Omit<Notification, 'createdAt'>;

@Injectable()
export class NotificationsRepository {
  private readonly inserter: RowInserter<Notification>;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.inserter = new RowInserter(dataSource, Notification);
  }

  async insert(manager: EntityManager, notifications: NewNotification | NewNotification[]): Promise<void> {
    await this.inserter.insert(manager, Array.isArray(notifications) ? notifications : [notifications]);
  }

  /** The insert of one notification as a statement, to be run with others of the transaction (`runTogether`). */
  insertion(notification: NewNotification): Statement<void> {
    return this.inserter.insertion([notification]);
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

  /** Replaces a centre notice by one notice per recipient, in one transaction: each is then sent on its own. */
  async fanOut(parentId: string, children: NewNotification[]): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.insert(manager, children);
      await manager
        .getRepository(Notification)
        .update({ id: parentId }, { status: 'sent', lastError: `fanned_out:${children.length}` });
    });
  }

  findBookingWithCentre(id: string): Promise<Booking | null> {
    return this.dataSource.getRepository(Booking).findOne({ where: { id }, relations: { centre: true } });
  }

  findClient(id: string): Promise<Client | null> {
    return this.dataSource.getRepository(Client).findOneBy({ id });
  }

  findAccount(id: string): Promise<Account | null> {
    return this.dataSource.getRepository(Account).findOneBy({ id, active: true });
  }

  findCentreName(code: string): Promise<string | undefined> {
    return this.dataSource
      .getRepository(Centre)
      .findOne({ where: { code }, select: { name: true } })
      .then((centre) => centre?.name);
  }

  /** Active logins of a centre that bound WeChat, of the given roles (city admins belong to no centre). */
  findBoundStaff(centreCode: string, roles: readonly StaffRole[]): Promise<Account[]> {
    const wechatBound = { active: true, wechatOpenidEncrypted: Not(IsNull()) };
    return this.dataSource.getRepository(Account).find({
      where: [
        { ...wechatBound, centreCode, role: In(roles.filter((role) => role !== 'city_admin')) },
        ...(roles.includes('city_admin') ? [{ ...wechatBound, role: 'city_admin' as const }] : []),
      ],
      order: { id: 'ASC' },
    });
  }

  async cancelPendingFor(clientId: string): Promise<void> {
    await this.dataSource
      .getRepository(Notification)
      .update({ clientId, status: 'pending' }, { status: 'skipped', lastError: 'erased' });
  }

  findForBooking(bookingId: string): Promise<Notification[]> {
    return this.dataSource.getRepository(Notification).find({ where: { bookingId }, order: { createdAt: 'ASC' } });
  }

  findChannel(centreCode: string): Promise<CentreChannel | null> {
    return this.dataSource.getRepository(CentreChannel).findOneBy({ centreCode });
  }

  async saveChannel(centreCode: string, wecomKeyEncrypted: string | null): Promise<void> {
    await this.dataSource.getRepository(CentreChannel).save({ centreCode, wecomKeyEncrypted });
  }
}
