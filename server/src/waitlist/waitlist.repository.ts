import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, LessThan, LessThanOrEqual, type DataSource, type EntityManager } from 'typeorm';
import { Booking } from '../bookings/booking.entity.js';
import { WaitlistEntry, type WaitlistStatus } from './waitlist-entry.entity.js';

export type EntryWithDetails = WaitlistEntry & { centreName: string; offer: Booking | null; position: number | null };

@Injectable()
export class WaitlistRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Puts her at the end of the line: her place is one more than the last place the database holds for that day and
   * service, computed by the database in the insert itself, so the order never depends on a server's clock. Two
   * women joining at the same instant on different cluster nodes may get the same number: the id breaks the tie.
   */
  async insertAtEndOfLine(
    manager: EntityManager,
    entry: Omit<WaitlistEntry, 'createdAt' | 'client' | 'centre' | 'queueOrder'>,
  ): Promise<void> {
    const columns = [
      'id',
      'clientId',
      'centreCode',
      'date',
      'service',
      'status',
      'activeKey',
      'offerBookingId',
    ] as const;
    const quote = (name: string) => manager.connection.driver.escape(name);
    await manager.query(
      `INSERT INTO ${quote('waitlist_entry')} (${[...columns, 'queueOrder'].map(quote).join(', ')}) ` +
        `SELECT ${columns.map(() => '?').join(', ')}, COALESCE(MAX(${quote('queueOrder')}), 0) + 1 ` +
        `FROM ${quote('waitlist_entry')} WHERE ${quote('centreCode')} = ? AND ${quote('date')} = ? AND ${quote('service')} = ?`,
      [...columns.map((column) => entry[column]), entry.centreCode, entry.date, entry.service],
    );
  }

  countActive(manager: EntityManager, clientId: string): Promise<number> {
    return manager.getRepository(WaitlistEntry).countBy({ clientId, status: In(['waiting', 'offered']) });
  }

  /** Days and services someone is still waiting for, from `fromDate` on. */
  findWaitingLines(fromDate: string): Promise<Pick<WaitlistEntry, 'centreCode' | 'date' | 'service'>[]> {
    return this.dataSource
      .getRepository(WaitlistEntry)
      .createQueryBuilder('w')
      .select(['w.centreCode AS centreCode', 'w.date AS date', 'w.service AS service'])
      .where('w.status = :status AND w.date >= :fromDate', { status: 'waiting', fromDate })
      .groupBy('w.centreCode')
      .addGroupBy('w.date')
      .addGroupBy('w.service')
      .getRawMany();
  }

  async findMine(clientId: string, id?: string): Promise<EntryWithDetails[]> {
    const entries = await this.dataSource.getRepository(WaitlistEntry).find({
      where: { clientId, ...(id ? { id } : {}) },
      relations: { centre: true },
      order: { date: 'ASC', createdAt: 'ASC' },
    });
    const offerIds = entries.map((e) => e.offerBookingId).filter((x): x is string => x !== null);
    const offers = offerIds.length
      ? await this.dataSource.getRepository(Booking).findBy({ id: In(offerIds), status: 'offered' })
      : [];
    return Promise.all(
      entries.map(async (entry) =>
        Object.assign(entry, {
          centreName: entry.centre?.name ?? entry.centreCode,
          offer: offers.find((o) => o.id === entry.offerBookingId) ?? null,
          position: entry.status === 'waiting' ? await this.positionOf(entry) : null,
        }),
      ),
    );
  }

  /** Her place in line: 1 for the first woman still waiting for that day and service. */
  private async positionOf(entry: WaitlistEntry): Promise<number> {
    const { centreCode, date, service, queueOrder, id } = entry;
    const line = { centreCode, date, service, status: 'waiting' as const };
    const ahead = await this.dataSource.getRepository(WaitlistEntry).countBy([
      { ...line, queueOrder: LessThan(queueOrder) },
      { ...line, queueOrder, id: LessThan(id) },
    ]);
    return ahead + 1;
  }

  /** Everyone waiting for a day and service, first come first. */
  findLine(
    manager: EntityManager,
    line: Pick<WaitlistEntry, 'centreCode' | 'date' | 'service'>,
  ): Promise<WaitlistEntry[]> {
    const { centreCode, date, service } = line;
    return manager
      .getRepository(WaitlistEntry)
      .find({ where: { centreCode, date, service, status: 'waiting' }, order: { queueOrder: 'ASC', id: 'ASC' } });
  }

  /** Compare-and-swap on the entry's status; true when this call changed it. */
  async transition(
    executor: EntityManager | undefined,
    id: string,
    from: WaitlistStatus[],
    changes: Partial<Pick<WaitlistEntry, 'status' | 'activeKey' | 'offerBookingId'>>,
  ): Promise<boolean> {
    const result = await (executor ?? this.dataSource.manager)
      .getRepository(WaitlistEntry)
      .update({ id, status: In(from) }, changes);
    return (result.affected ?? 0) === 1;
  }

  /** Removes a held place that was never accepted; false if it was accepted (or removed) meanwhile. */
  async deleteHold(manager: EntityManager, bookingId: string): Promise<boolean> {
    const result = await manager.getRepository(Booking).delete({ id: bookingId, status: 'offered' });
    return (result.affected ?? 0) === 1;
  }

  findLapsedHolds(now: Date): Promise<Booking[]> {
    return this.dataSource.getRepository(Booking).findBy({ status: 'offered', offerExpiresAt: LessThanOrEqual(now) });
  }

  findEntryForHold(manager: EntityManager, bookingId: string): Promise<WaitlistEntry | null> {
    return manager.getRepository(WaitlistEntry).findOneBy({ offerBookingId: bookingId, status: 'offered' });
  }
}
