import { randomUUID } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory.js';
import { parseConfig, type AppConfig } from '../../src/config/app-config.js';
import { testTempDir } from './temp-dir.js';

/** Which real database this run of the e2e suite talks to: `TEST_DB=mysql` (MariaDB on 127.0.0.1:3306) or `sqlite`. */
export const TEST_DB = process.env.TEST_DB === 'mysql' ? 'mysql' : 'sqlite';
const MYSQL_URL = process.env.TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/test';

// With MySQL the server refuses the development secret, as a deployment would; the test servers (this process and
// the server processes some tests start) share one test secret through the environment.
if (TEST_DB === 'mysql') {
  process.env.APP_SECRET ??= 'e2e-test-secret-used-only-by-the-test-suite';
}

/**
 * Every test runs from one address and starts many sessions: the limits against scripts are lifted here (and for
 * the server processes tests start), except in the tests of those limits, which set their own.
 */
export const LIFTED_LIMITS = JSON.parse(
  readFileSync(new URL('./lifted-limits.json', import.meta.url), 'utf8'),
) as Record<string, string>;
/** Redis as a deployment with several server processes has it, with counters of its own for each use. */
export function sharedStore(): { REDIS_URL: string; RATE_LIMIT_PREFIX: string } {
  return {
    REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/0',
    RATE_LIMIT_PREFIX: `wac-test-${randomUUID()}:`,
  };
}

for (const [name, value] of Object.entries(LIFTED_LIMITS)) {
  process.env[name] ??= value;
}

export interface TestApp {
  app: NestExpressApplication;
  dataSource: DataSource;
  config: AppConfig;
  close(): Promise<void>;
}

/**
 * Boots the whole app on an empty database (MySQL: every table of `test` dropped; SQLite: a new file), running the
 * real migrations and the demo seed, exactly as `npm start` does.
 */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const databaseUrl = TEST_DB === 'mysql' ? MYSQL_URL : `sqlite:${join(testTempDir('wac-e2e-'), 'test.sqlite')}`;
  const config = parseConfig(
    // Jobs run when a test says so (JobRunner.runNow / runDue), never on a timer in the middle of a test.
    {
      DATABASE_URL: databaseUrl,
      APP_SECRET: process.env.APP_SECRET ?? '',
      SEED_DEMO: 'true',
      LOG_LEVEL: 'error',
      JOBS_ENABLED: 'false',
      ...LIFTED_LIMITS,
      ...env,
    },
    { cwd: process.cwd(), staticDir: '/nonexistent' },
  );
  if (config.database.kind === 'mysql') {
    await emptyMysqlDatabase(config);
  }
  const app = await createApp(config, { logger: false });
  await app.init();
  const dataSource = app.get(DataSource);
  return { app, dataSource, config, close: () => app.close() };
}

/**
 * A second server process, as in a deployment behind a load balancer: another app instance on the MySQL database
 * of a running one (not emptied, migrated or seeded again), with its own memory, job runner and identity.
 */
export async function startSecondInstance(first: TestApp): Promise<TestApp> {
  if (first.config.database.kind !== 'mysql') {
    throw new Error('a second instance shares a MySQL database; the embedded SQLite file serves one process');
  }
  const config: AppConfig = { ...first.config, migrateOnStart: false, seedDemo: false };
  const app = await createApp(config, { logger: false });
  await app.init();
  return { app, dataSource: app.get(DataSource), config, close: () => app.close() };
}

async function emptyMysqlDatabase(config: AppConfig): Promise<void> {
  if (config.database.kind !== 'mysql') {
    return;
  }
  const { host, port, username, password, database } = config.database;
  const dataSource = new DataSource({ type: 'mysql', host, port, username, password, database });
  await dataSource.initialize();
  await dataSource.dropDatabase();
  await dataSource.destroy();
}

/** The same server started again on its database (not emptied): migrations and the seed run again, as at a restart. */
export async function restartTestApp(t: TestApp): Promise<TestApp> {
  await t.close();
  const app = await createApp(t.config, { logger: false });
  await app.init();
  return { app, dataSource: app.get(DataSource), config: t.config, close: () => app.close() };
}
