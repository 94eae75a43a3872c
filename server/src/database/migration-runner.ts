import type { DataSource, QueryRunner } from 'typeorm';

/** How long a process waits for another one's migration run before giving up. */
const LOCK_WAIT_SECONDS = 600;
const MIGRATIONS_TABLE = 'migrations';

export interface MigrationRun {
  /** Names of the migrations this run applied, oldest first (empty: the database was up to date). */
  applied: string[];
  /** True when another process held the lock first and this one waited for it. */
  waited: boolean;
}

/**
 * The MySQL advisory lock that serialises migration runs. It is named after the database, so runs against other
 * databases on the same server (other deployments, other test runs) never wait for each other. MySQL caps lock
 * names at 64 characters.
 */
export function migrationLockName(database: string): string {
  return `wac_migrations:${database}`.slice(0, 64);
}

/**
 * Runs every pending migration. On MySQL/MariaDB/TiDB the run holds `GET_LOCK` on one connection from start to end,
 * so processes that start together (several containers, `npm run migrate` during a rolling deploy) take turns:
 * the first migrates, the others wait and then find nothing left to do. SQLite serves one process per file and
 * needs no lock.
 */
export async function runMigrationsUnderLock(
  dataSource: DataSource,
  options: { onWait?: () => void } = {},
): Promise<MigrationRun> {
  if (dataSource.options.type === 'better-sqlite3') {
    return { applied: (await dataSource.runMigrations()).map((m) => m.name), waited: false };
  }
  const lockName = migrationLockName(String(dataSource.options.database));
  const lockHolder = dataSource.createQueryRunner('master');
  await lockHolder.connect();
  try {
    let waited = false;
    if (!(await tryLock(lockHolder, lockName, 0))) {
      waited = true;
      options.onWait?.();
      if (!(await tryLock(lockHolder, lockName, LOCK_WAIT_SECONDS))) {
        throw new Error(
          `Another process has held the migration lock "${lockName}" for ${LOCK_WAIT_SECONDS} s; is a migration stuck?`,
        );
      }
    }
    try {
      return { applied: (await dataSource.runMigrations()).map((m) => m.name), waited };
    } finally {
      await lockHolder.query('SELECT RELEASE_LOCK(?)', [lockName]);
    }
  } finally {
    await lockHolder.release();
  }
}

/** GET_LOCK answers 1 (taken), 0 (timed out) or NULL (error). */
async function tryLock(runner: QueryRunner, lockName: string, timeoutSeconds: number): Promise<boolean> {
  const [row] = (await runner.query('SELECT GET_LOCK(?, ?) AS acquired', [lockName, timeoutSeconds])) as {
    acquired: number | string | null;
  }[];
  return Number(row?.acquired) === 1;
}

/** Every migration this build knows, each with whether the database has it; oldest first. */
export async function migrationStatus(dataSource: DataSource): Promise<{ name: string; applied: boolean }[]> {
  const applied = await appliedMigrationNames(dataSource);
  return dataSource.migrations.map((migration) => {
    const name = migration.name ?? migration.constructor.name;
    return { name, applied: applied.has(name) };
  });
}

/** The migrations this build has and the database lacks: while any remain, this build must not serve. */
export async function pendingMigrations(dataSource: DataSource): Promise<string[]> {
  return (await migrationStatus(dataSource)).filter((m) => !m.applied).map((m) => m.name);
}

async function appliedMigrationNames(dataSource: DataSource): Promise<Set<string>> {
  const runner = dataSource.createQueryRunner();
  try {
    if (!(await runner.hasTable(MIGRATIONS_TABLE))) {
      return new Set();
    }
    const rows = (await runner.query(`SELECT name FROM ${MIGRATIONS_TABLE}`)) as { name: string }[];
    return new Set(rows.map((row) => row.name));
  } finally {
    await runner.release();
  }
}
