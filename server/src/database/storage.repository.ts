import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

@Injectable()
export class StorageRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * After personal data was erased: on SQLite, copies the write-ahead log into the database file and empties it, so
   * the old pages (zeroed by secure_delete) do not linger in the -wal file. MySQL keeps no such file of ours.
   */
  async scrubErased(): Promise<void> {
    if (this.dataSource.options.type === 'better-sqlite3') {
      await this.dataSource.query('PRAGMA wal_checkpoint(TRUNCATE)');
    }
  }
}
