import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

/** Reads and bumps the `cache_version` rows; the only code that touches that table. */
@Injectable()
export class CacheVersionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The current counters of the named caches, in the order asked; a name never bumped counts as 0. */
  async read(names: readonly string[]): Promise<number[]> {
    const rows = await this.dataSource.query<{ name: string; version: number | string }[]>(
      `SELECT name, version FROM cache_version WHERE name IN (${names.map(() => '?').join(', ')})`,
      [...names],
    );
    return names.map((name) => Number(rows.find((row) => row.name === name)?.version ?? 0));
  }

  /**
   * Adds one to each named counter, inside the caller's transaction so the change and the bump commit together.
   * Names are bumped in a fixed order so two transactions bumping the same names cannot deadlock on MySQL.
   */
  async bump(manager: EntityManager, names: readonly string[]): Promise<void> {
    const sorted = [...new Set(names)].sort();
    if (sorted.length === 0) {
      return;
    }
    const values = sorted.map(() => '(?, 1)').join(', ');
    const upsert =
      this.dataSource.options.type === 'better-sqlite3'
        ? `INSERT INTO cache_version (name, version) VALUES ${values} ON CONFLICT (name) DO UPDATE SET version = version + 1`
        : `INSERT INTO cache_version (name, version) VALUES ${values} ON DUPLICATE KEY UPDATE version = version + 1`;
    await manager.query(upsert, sorted);
  }
}
