import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CACHE_NAMES } from '../cache/cache-names.js';
import { CacheVersionsRepository } from '../cache/cache-versions.repository.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { Centre } from './centre.entity.js';

@Injectable()
export class CentresRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly cacheVersions: CacheVersionsRepository,
  ) {}

  findAll(): Promise<Centre[]> {
    return this.dataSource.getRepository(Centre).find({ order: { sortOrder: 'ASC' } });
  }

  findByCode(code: string): Promise<Centre | null> {
    return this.dataSource.getRepository(Centre).findOneBy({ code });
  }

  async update(code: string, changes: Partial<Centre>): Promise<void> {
    await this.transactions.run(async (manager) => {
      await manager.getRepository(Centre).update({ code }, changes);
      await this.cacheVersions.bump(manager, [CACHE_NAMES.centres, CACHE_NAMES.centre(code)]);
    });
  }
}
