import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CACHE_NAMES } from '../cache/cache-names.js';
import { CacheVersionsRepository } from '../cache/cache-versions.repository.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { DEFAULT_SLOT_RULES, SlotTemplate, type SlotRules } from './slot-template.entity.js';

@Injectable()
export class SlotTemplateRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly cacheVersions: CacheVersionsRepository,
  ) {}

  async save(centreCode: string, rules: SlotRules): Promise<void> {
    await this.transactions.run(async (manager) => {
      await manager.getRepository(SlotTemplate).save({ centreCode, ...rules });
      await this.cacheVersions.bump(manager, [CACHE_NAMES.centre(centreCode)]);
    });
  }

  /** The centre's rules, or the defaults when its admin has not set any. */
  async findRules(centreCode: string): Promise<SlotRules> {
    const template = await this.dataSource.getRepository(SlotTemplate).findOneBy({ centreCode });
    if (!template) {
      return DEFAULT_SLOT_RULES;
    }
    const { slotMinutes, bufferMinutes, dayStart, dayEnd, rooms, walkInReserve, bookingWindowDays, leadTimeMinutes } =
      template;
    return { slotMinutes, bufferMinutes, dayStart, dayEnd, rooms, walkInReserve, bookingWindowDays, leadTimeMinutes };
  }
}
