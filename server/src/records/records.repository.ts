import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Between, IsNull, type DataSource, type EntityManager } from 'typeorm';
import { Booking } from '../bookings/booking.entity.js';
import { CallbackRequest } from '../callbacks/callback.entity.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { ConsultationRecord } from './consultation-record.entity.js';
import type { RecordCategory, RecordChannel } from '@wac/rules';

@Injectable()
export class RecordsRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
  ) {}

  runInTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.transactions.run(work);
  }

  async insert(manager: EntityManager, record: Omit<ConsultationRecord, 'centre'>): Promise<void> {
    await manager.createQueryBuilder().insert().into(ConsultationRecord).values(record).execute();
  }

  findOne(id: string, centreCode?: string): Promise<ConsultationRecord | null> {
    return this.dataSource.getRepository(ConsultationRecord).findOneBy({ id, ...(centreCode ? { centreCode } : {}) });
  }

  /** Current versions only, oldest first. */
  findCurrent(filter: {
    from: string;
    to: string;
    centreCode?: string;
    channel?: RecordChannel;
    category?: RecordCategory;
  }): Promise<ConsultationRecord[]> {
    const { from, to, centreCode, channel, category } = filter;
    return this.dataSource.getRepository(ConsultationRecord).find({
      where: {
        date: Between(from, to),
        supersededBy: IsNull(),
        ...(centreCode ? { centreCode } : {}),
        ...(channel ? { channel } : {}),
        ...(category ? { category } : {}),
      },
      order: { date: 'ASC', createdAt: 'ASC' },
    });
  }

  async update(id: string, changes: Partial<ConsultationRecord>): Promise<void> {
    await this.dataSource.getRepository(ConsultationRecord).update({ id }, changes);
  }

  /** Marks the version replaced, if nobody corrected it first. */
  async supersede(manager: EntityManager, id: string, by: string): Promise<boolean> {
    const result = await manager
      .getRepository(ConsultationRecord)
      .update({ id, supersededBy: IsNull() }, { supersededBy: by });
    return (result.affected ?? 0) === 1;
  }

  /** Marks a finished booking as recorded, once; false if it is not finished, not in scope, or already recorded. */
  async markBookingRecorded(manager: EntityManager, id: string, centreCode: string): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(Booking)
      .set({ recorded: true })
      .where('id = :id AND centreCode = :centreCode AND recorded = :no AND status IN (:...done)', {
        id,
        centreCode,
        no: false,
        done: ['arrived', 'completed'],
      })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  async markCallbackRecorded(manager: EntityManager, id: string, centreCode: string): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(CallbackRequest)
      .set({ recorded: true })
      .where('id = :id AND centreCode = :centreCode AND recorded = :no AND status = :closed', {
        id,
        centreCode,
        no: false,
        closed: 'closed',
      })
      .execute();
    return (result.affected ?? 0) === 1;
  }
}
