import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import type { DatabaseConfig } from '../config/app-config.js';
import { ENTITIES } from './entities.js';
import type { MysqlFlavour } from './mysql-flavour.js';
import { MYSQL_MIGRATIONS } from './migrations/mysql/index.js';
import { SQLITE_MIGRATIONS } from './migrations/sqlite/index.js';

/** The only place that knows the two dialects apart. Schema changes always go through migrations. */
export function buildDataSourceOptions(
  database: DatabaseConfig,
  options: { migrationsRun: boolean; mysqlFlavour?: MysqlFlavour },
): DataSourceOptions {
  const common = {
    entities: ENTITIES,
    synchronize: false,
    migrationsRun: options.migrationsRun,
    logging: false,
  } as const;
  if (database.kind === 'sqlite') {
    if (database.path !== ':memory:') {
      mkdirSync(dirname(database.path), { recursive: true });
    }
    return {
      ...common,
      type: 'better-sqlite3',
      database: database.path,
      enableWAL: true,
      // A locked file answers (503) within the request deadline instead of hanging every request behind it.
      timeout: 4000,
      // Erased numbers and words are overwritten on disk, not just unlinked from the b-tree.
      prepareDatabase: (db: { pragma(source: string): unknown }) => {
        db.pragma('secure_delete = ON');
      },
      migrations: SQLITE_MIGRATIONS,
    };
  }
  return {
    ...common,
    type: options.mysqlFlavour ?? 'mysql',
    host: database.host,
    port: database.port,
    username: database.username,
    password: database.password,
    database: database.database,
    charset: 'utf8mb4_unicode_ci',
    // Store and read instants as UTC whatever the server's time zone is.
    timezone: 'Z',
    migrations: MYSQL_MIGRATIONS,
  };
}
