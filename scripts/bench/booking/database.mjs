// Direct connections to the benchmark's own database, through the same drivers the server uses (installed in
// server/node_modules), with the same settings as the server's TypeORM data source.
import { createRequire } from 'node:module';

const requireFromServer = createRequire(new URL('../../../server/package.json', import.meta.url));

/** The only MySQL database this benchmark touches; it is dropped and created again on every run. */
export const MYSQL_BENCH_DATABASE = 'wac_bench';
const MYSQL = { host: '127.0.0.1', port: 3306, user: 'root', password: '' };
export const MYSQL_URL = `mysql://${MYSQL.user}@${MYSQL.host}:${MYSQL.port}/${MYSQL_BENCH_DATABASE}`;
export const mysqlUrl = (database) => `mysql://${MYSQL.user}@${MYSQL.host}:${MYSQL.port}/${database}`;

/** The server's pool size: TypeORM passes no poolSize, so mysql2's default of 10 connections applies. */
const MYSQL_POOL_SIZE = 10;
/** Like server/src/database/transaction-runner.ts: a deadlock or lock timeout is retried, up to 4 attempts. */
const RETRYABLE_MYSQL_ERRORS = new Set(['ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT']);
const MAX_ATTEMPTS = 4;

/**
 * Drops and creates `wac_bench` (never any other database) before the server migrates it, holding a named lock so
 * that a second benchmark run cannot drop it meanwhile. Resolves with the cleanup: drop it, release the lock.
 */
export async function claimMysqlBenchDatabase(database = MYSQL_BENCH_DATABASE) {
  const connection = await mysqlDriver().createConnection({ ...MYSQL, connectTimeout: 5000 });
  const [[{ claimed }]] = await connection.query('SELECT GET_LOCK(?, 0) AS claimed', [database]);
  if (claimed !== 1) {
    await connection.end();
    throw new Error(`another benchmark run is using the ${database} database`);
  }
  const dropDatabase = () => connection.query(`DROP DATABASE IF EXISTS ${database}`);
  await dropDatabase();
  await connection.query(`CREATE DATABASE ${database} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  return async () => {
    try {
      await dropDatabase();
    } finally {
      // Closing the connection releases the lock.
      await connection.end();
    }
  };
}

const mysqlDriver = () => requireFromServer('mysql2/promise');

/**
 * Both adapters offer the same small interface: all/get/run outside a transaction, `transaction(work)` in which
 * `work(q)` gets the same three methods, the two MySQL-only locks, and a few facts for the report.
 */
export async function openMysql(database = MYSQL_BENCH_DATABASE) {
  const pool = mysqlDriver().createPool({
    ...MYSQL,
    database,
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    connectionLimit: MYSQL_POOL_SIZE,
    trace: false, // as the server (server/src/database/data-source-options.ts)
  });
  // TypeORM's MySQL driver sends text queries (connection.query), not server-side prepared statements.
  const methods = (executor) => ({
    all: async (sql, params = []) => (await executor.query(sql, params))[0],
    get: async (sql, params = []) => (await executor.query(sql, params))[0][0],
    run: async (sql, params = []) => {
      await executor.query(sql, params);
    },
  });
  const outside = methods(pool);
  const version = (await outside.get('SELECT VERSION() AS v')).v;
  const settings = await outside.get(
    'SELECT @@innodb_flush_log_at_trx_commit AS flush, @@log_bin AS binlog, @@innodb_buffer_pool_size AS pool',
  );
  return {
    kind: 'mysql',
    ...outside,
    /** READ COMMITTED and the same statements TypeORM sends to begin, with the server's retry on deadlock. */
    async transaction(work) {
      for (let attempt = 1; ; attempt += 1) {
        const connection = await pool.getConnection();
        try {
          await connection.query('SET TRANSACTION ISOLATION LEVEL READ COMMITTED');
          await connection.query('START TRANSACTION');
          const result = await work(methods(connection));
          await connection.query('COMMIT');
          return result;
        } catch (error) {
          await connection.query('ROLLBACK').catch(() => undefined);
          if (attempt >= MAX_ATTEMPTS || !RETRYABLE_MYSQL_ERRORS.has(error.code)) {
            throw error;
          }
          await new Promise((resolve) => setTimeout(resolve, 5 * attempt + Math.random() * 20));
        } finally {
          connection.release();
        }
      }
    },
    async lockClient(q, clientId) {
      await q.get('SELECT id FROM client WHERE id = ? FOR UPDATE', [clientId]);
    },
    async lockSlotTime(q, ref) {
      await q.run(
        'INSERT INTO slot_lock (centreCode, date, startTime) VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE startTime = VALUES(startTime)',
        [ref.centreCode, ref.date, ref.start],
      );
    },
    isUniqueViolation: (error) => error.code === 'ER_DUP_ENTRY',
    /** Statements the database has answered so far (all clients): tells how many SQL statements a request costs. */
    statementsSoFar: async () => Number((await outside.get("SHOW GLOBAL STATUS LIKE 'Questions'")).Value),
    description: `${version}, InnoDB, innodb_flush_log_at_trx_commit=${settings.flush}, binlog ${settings.binlog ? 'on' : 'off'}, buffer pool ${Math.round(settings.pool / 2 ** 20)} MiB, pool of ${MYSQL_POOL_SIZE} connections`,
    close: () => pool.end(),
  };
}

const SQLITE_SYNCHRONOUS = ['OFF', 'NORMAL', 'FULL', 'EXTRA'];

export function openSqlite(path) {
  const Database = requireFromServer('better-sqlite3');
  // The server's options: WAL, foreign keys on, a 10 s busy timeout.
  const db = new Database(path, { timeout: 10000 });
  db.pragma('foreign_keys = ON');
  db.pragma('journal_mode = WAL');
  const statements = new Map();
  const prepared = (sql) => statements.get(sql) ?? statements.set(sql, db.prepare(sql)).get(sql);
  const methods = {
    all: async (sql, params = []) => prepared(sql).all(params),
    get: async (sql, params = []) => prepared(sql).get(params),
    run: async (sql, params = []) => {
      prepared(sql).run(params);
    },
  };
  // The server's SQLite transactions run one at a time through an in-process queue (one shared connection); so do these.
  let queue = Promise.resolve();
  return {
    kind: 'sqlite',
    ...methods,
    transaction(work) {
      const next = queue.then(async () => {
        db.exec('BEGIN TRANSACTION');
        try {
          const result = await work(methods);
          db.exec('COMMIT');
          return result;
        } catch (error) {
          db.exec('ROLLBACK');
          throw error;
        }
      });
      queue = next.catch(() => undefined);
      return next;
    },
    // Nothing to lock: SQLite transactions already run one at a time.
    lockClient: async () => undefined,
    lockSlotTime: async () => undefined,
    isUniqueViolation: (error) => ['SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY'].includes(error.code),
    statementsSoFar: async () => undefined,
    description: `SQLite ${db.prepare('SELECT sqlite_version() AS v').get().v} (better-sqlite3), journal_mode=${db.pragma('journal_mode', { simple: true })}, synchronous=${SQLITE_SYNCHRONOUS[db.pragma('synchronous', { simple: true })]}`,
    close: async () => db.close(),
  };
}
