import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, LessThan, LessThanOrEqual, type DataSource, type EntityManager } from 'typeorm';
import { Booking } from '../bookings/booking.entity.js';
import { WaitlistEntry, type WaitlistStatus } from './waitlist-entry.entity.js';

export type EntryWithDetails = WaitlistEntry & { centreName: string; offer: Booking | null; position: number | null };

@Injectable()
export class WaitlistRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(entry: Omit<WaitlistEntry, 'createdAt' | 'client' | 'centre'>): Promise<void> {
    await this.dataSource.createQueryBuilder().insert().into(WaitlistEntry).values(entry).execute();
  }

  countActive(clientId: string): Promise<number> {
    return this.dataSource.getRepository(WaitlistEntry).countBy({ clientId, status: In(['waiting', 'offered']) });
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
    const { centreCode, date, service, queueOrder } = entry;
    const ahead = await this.dataSource
      .getRepository(WaitlistEntry)
      .countBy({ centreCode, date, service, status: 'waiting', queueOrder: LessThan(queueOrder) });
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
      .find({ where: { centreCode, date, service, status: 'waiting' }, order: { queueOrder: 'ASC' } });
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
