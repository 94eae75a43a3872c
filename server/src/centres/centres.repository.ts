import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CACHE_NAMES } from '../cache/cache-names.js';
import { CacheVersionsRepository } from '../cache/cache-versions.repository.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { Centre } from './centre.entity.js';
import type { BoundingBox, GeoPoint } from './geo.js';

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

  /** Code and position of the centres inside a rectangle, read from the position index alone. */
  async findPositionsInBox(box: BoundingBox): Promise<(GeoPoint & { code: string })[]> {
    const longitudes = box.allLongitudes ? '' : ' AND longitude BETWEEN ? AND ?';
    const rows = await this.dataSource.query<{ code: string; latitude: number | string; longitude: number | string }[]>(
      `SELECT code, latitude, longitude FROM centre WHERE latitude BETWEEN ? AND ?${longitudes}`,
      box.allLongitudes ? [box.minLat, box.maxLat] : [box.minLat, box.maxLat, box.minLng, box.maxLng],
    );
    return rows.map((row) => ({ code: row.code, latitude: Number(row.latitude), longitude: Number(row.longitude) }));
  }

  async update(code: string, changes: Partial<Centre>): Promise<void> {
    await this.transactions.run(async (manager) => {
      await manager.getRepository(Centre).update({ code }, changes);
      await this.cacheVersions.bump(manager, [CACHE_NAMES.centres, CACHE_NAMES.centre(code)]);
    });
  }
}
