import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DataSource, DataSourceOptions, Logger } from 'typeorm';
import type { DatabaseConfig } from '../config/app-config.js';
import { ENTITIES } from './entities.js';
import type mysql2 from 'mysql2';
import type { MysqlServer } from './mysql-flavour.js';
import { MYSQL_MIGRATIONS } from './migrations/mysql/index.js';
import { SQLITE_MIGRATIONS } from './migrations/sqlite/index.js';

/**
 * The only place that knows the two dialects apart. Schema changes always go through migrations. Async because the
 * MySQL driver is loaded only when MySQL is used: every start of the embedded server would pay for it.
 */
export async function buildDataSourceOptions(
  database: DatabaseConfig,
  options: { migrationsRun: boolean; mysqlServer?: MysqlServer; connectTimeoutMs?: number },
): Promise<DataSourceOptions> {
  const common = {
    entities: ENTITIES,
    synchronize: false,
    migrationsRun: options.migrationsRun,
    logging: false,
    // TypeORM's own loggers print slow queries with their parameters whatever `logging` says: nothing of a query
    // reaches the logs (the request log and the exception filter say what failed, without data).
    logger: SILENT_LOGGER,
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
  const galera = options.mysqlServer?.galera ?? false;
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
    // A database that accepts the connection but never answers (a hung or frozen server) is given up on.
    connectTimeout: options.connectTimeoutMs ?? 10_000,
    // mysql2 otherwise captures a stack trace at every query, to add the caller to a failed query's trace: ~4 % of the
    // server's CPU per booking (README › Benchmarks). Failures are mapped by their code (database-errors.ts).
    trace: false,
    // A booking's statements go to one MySQL or MariaDB server together, one round trip for several (`runTogether` in
    // fixed-sql.ts). Every value reaches SQL as a `?` parameter that mysql2 escapes, never spliced into the text. Not
    // on a Galera node: with statements sent together the cluster suite caught a booking answered 201 and not held,
    // most likely a transaction aborted by another node's commit between two statements of one query, unreported, its
    // COMMIT answering OK. Nor on TiDB, which commits differently and is not tested here. There each statement is its
    // own query.
    multipleStatements: !galera && !(options.mysqlServer?.tidb ?? false),
    driver: mysqlDriver((await import('mysql2')).default, galera),
  };
}

/**
 * mysql2 with three additions to each new pooled connection:
 * - READ COMMITTED as its isolation level, set once here instead of before every transaction (one round trip less
 *   per booking); the transaction runner relies on it;
 * - on a Galera node, `wsrep_sync_wait = 1` before its first query: a read then waits until the node has applied
 *   everything the cluster committed before it, so a guest token made through one node is valid on another at once,
 *   and 我的预约 shows a booking made through another node (mysql2 runs a connection's commands in order, so the SET
 *   is done before anything the pool hands the connection out for);
 * - a query that timed out (see `limitQueryTime`) destroys its connection. mysql2 only reports the timeout: the
 *   connection would go back to the pool with the hung query still first in its queue, and every later query on it
 *   would wait behind it with no timeout of its own.
 */
function mysqlDriver(driver: typeof mysql2, galera: boolean): typeof mysql2 {
  const createPool = (config: mysql2.PoolOptions) => {
    const pool = driver.createPool(config);
    pool.on('connection', (connection) => {
      connection.query('SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED', () => undefined);
      if (galera) {
        connection.query('SET SESSION wsrep_sync_wait = 1', () => undefined);
      }
      destroyOnQueryTimeout(connection);
    });
    return pool;
  };
  return { ...driver, createPool: createPool as typeof driver.createPool };
}

type QueryCallback = (error: { code?: string } | null, ...results: unknown[]) => void;

function destroyOnQueryTimeout(connection: mysql2.PoolConnection): void {
  const query = connection.query.bind(connection) as (...args: unknown[]) => unknown;
  const patched = (...args: unknown[]) => {
    const last = args.length - 1;
    const callback = args[last];
    if (typeof callback === 'function') {
      args[last] = ((error, ...results) => {
        if (error?.code === 'PROTOCOL_SEQUENCE_TIMEOUT') {
          connection.destroy();
        }
        (callback as QueryCallback)(error, ...results);
      }) satisfies QueryCallback;
    }
    return query(...args);
  };
  Object.assign(connection, { query: patched });
}

const SILENT_LOGGER: Logger = {
  logQuery: () => undefined,
  logQueryError: () => undefined,
  logQuerySlow: () => undefined,
  logSchemaBuild: () => undefined,
  logMigration: () => undefined,
  log: () => undefined,
};

/**
 * From now on every MySQL query of this data source gives up after `ms` (mysql2 then drops the connection, and the
 * error is a connection failure: 503 DATABASE_UNAVAILABLE). Set after the boot migrations, which may take longer.
 */
export function limitQueryTime(dataSource: DataSource, ms: number): void {
  if (dataSource.options.type === 'mysql' || dataSource.options.type === 'mariadb') {
    // TypeORM reads these two options at every query (MysqlQueryRunner.query), so setting them here takes effect.
    Object.assign(dataSource.driver.options, { enableQueryTimeout: true, maxQueryExecutionTime: ms });
  }
}
