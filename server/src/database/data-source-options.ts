import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import type { DatabaseConfig } from '../config/app-config.js';
import { ENTITIES } from './entities.js';
import mysql2 from 'mysql2';
import type { MysqlServer } from './mysql-flavour.js';
import { MYSQL_MIGRATIONS } from './migrations/mysql/index.js';
import { SQLITE_MIGRATIONS } from './migrations/sqlite/index.js';

/** The only place that knows the two dialects apart. Schema changes always go through migrations. */
export function buildDataSourceOptions(
  database: DatabaseConfig,
  options: { migrationsRun: boolean; mysqlServer?: MysqlServer },
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
    type: options.mysqlServer?.flavour ?? 'mysql',
    host: database.host,
    port: database.port,
    username: database.username,
    password: database.password,
    database: database.database,
    charset: 'utf8mb4_unicode_ci',
    // Store and read instants as UTC whatever the server's time zone is.
    timezone: 'Z',
    migrations: MYSQL_MIGRATIONS,
    ...(options.mysqlServer?.galera ? { driver: galeraDriver() } : {}),
  };
}

/**
 * mysql2, with every new pooled connection set to `wsrep_sync_wait = 1` before its first query: a read then waits
 * until the node has applied everything the cluster committed before it, so a guest token made through one node is
 * valid on another at once, and 我的预约 shows a booking made through another node. (mysql2 runs a connection's
 * commands in order, so the SET is done before anything the pool hands the connection out for.)
 */
function galeraDriver(): typeof mysql2 {
  const createPool = (config: mysql2.PoolOptions) => {
    const pool = mysql2.createPool(config);
    pool.on('connection', (connection) => {
      connection.query('SET SESSION wsrep_sync_wait = 1', () => undefined);
    });
    return pool;
  };
  return { ...mysql2, createPool: createPool as typeof mysql2.createPool };
}
