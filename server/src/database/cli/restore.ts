/* eslint-disable no-console -- an operator's command-line tool */
import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { copyFileSync, createReadStream, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { createGunzip } from 'node:zlib';
import Database from 'better-sqlite3';
import { DataSource } from 'typeorm';
import { ConfigError, parseConfig, type DatabaseConfig } from '../../config/app-config.js';
import { buildDataSourceOptions } from '../data-source-options.js';
import { pendingMigrations } from '../migration-runner.js';
import { detectMysqlServer } from '../mysql-flavour.js';
import { backupKind } from './backup-files.js';
import { exitOf, findMysqlClient, withConnectionOptions } from './mysql-client.js';

const USAGE = `Restores a backup made by backup.js into the database DATABASE_URL names. Stop every server first.

  node server/dist/database/cli/restore.js FILE [--replace]

It refuses a database that already holds tables unless --replace is given (then they are all dropped first).
Start the servers with the same APP_SECRET as when the backup was made, or encrypted fields cannot be read.`;

type MysqlConfig = Extract<DatabaseConfig, { kind: 'mysql' }>;

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { replace: { type: 'boolean' }, help: { type: 'boolean' } },
    allowPositionals: true,
  });
  const file = positionals[0];
  if (values.help || file === undefined) {
    console.log(USAGE);
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  if (!existsSync(file)) {
    throw new Error(`No such backup file: ${file}`);
  }
  const config = parseConfig(process.env, { cwd: process.cwd(), staticDir: '' });
  if (backupKind(file) !== config.database.kind) {
    throw new Error(
      `${file} is not a ${config.database.kind} backup (expected ${config.database.kind === 'sqlite' ? '.sqlite' : '.sql.gz'})`,
    );
  }
  const replace = values.replace === true;
  if (config.database.kind === 'sqlite') {
    restoreSqlite(file, config.database.path, replace);
  } else {
    await restoreMysql(file, config.database, replace);
  }
  await reportSchema(config.database);
}

function restoreSqlite(file: string, target: string, replace: boolean): void {
  const backup = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const [check] = backup.pragma('integrity_check') as { integrity_check: string }[];
    if (check?.integrity_check !== 'ok') {
      throw new Error(`${file} failed SQLite's integrity check: ${JSON.stringify(check)}`);
    }
  } finally {
    backup.close();
  }
  if (existsSync(target) && !replace) {
    throw new Error(`${target} already exists: stop the server, then run again with --replace to overwrite it`);
  }
  mkdirSync(dirname(target), { recursive: true });
  const incoming = `${target}.restoring`;
  copyFileSync(file, incoming);
  // The old write-ahead log belongs to the old file; left beside the new one it would be replayed into it.
  for (const leftover of [`${target}-wal`, `${target}-shm`, `${target}-journal`]) {
    rmSync(leftover, { force: true });
  }
  renameSync(incoming, target);
  console.log(`Restored ${file} into ${target}.`);
}

async function restoreMysql(file: string, database: MysqlConfig, replace: boolean): Promise<void> {
  const client = findMysqlClient();
  const admin = await new DataSource({ type: 'mysql', ...connectionOf(database) }).initialize();
  try {
    const tables = await admin.query<{ name: string }[]>(
      'SELECT table_name AS name FROM information_schema.tables WHERE table_schema = ?',
      [database.database],
    );
    if (tables.length > 0 && !replace) {
      throw new Error(
        `Database ${database.database} already holds ${tables.length} tables: stop the servers, then run again with --replace to drop them first`,
      );
    }
    if (tables.length > 0) {
      await admin.query('SET FOREIGN_KEY_CHECKS = 0');
      for (const { name } of tables) {
        await admin.query(`DROP TABLE \`${name.replace(/`/g, '``')}\``);
      }
      await admin.query('SET FOREIGN_KEY_CHECKS = 1');
    }
  } finally {
    await admin.destroy();
  }
  await withConnectionOptions(database, async (options) => {
    const restore = spawn(client, [options, '--default-character-set=utf8mb4', database.database], {
      stdio: ['pipe', 'inherit', 'pipe'],
    });
    const sql = createReadStream(file);
    await Promise.all([
      exitOf(restore, client),
      pipeline(file.endsWith('.gz') ? sql.pipe(createGunzip()) : sql, restore.stdin),
    ]);
  });
  console.log(`Restored ${file} into ${database.host}:${database.port}/${database.database}.`);
}

/** Says whether the restored schema is older than this build (then `npm run migrate` before starting). */
async function reportSchema(database: DatabaseConfig): Promise<void> {
  const mysqlServer = database.kind === 'mysql' ? await detectMysqlServer(database) : undefined;
  const dataSource = await new DataSource(
    await buildDataSourceOptions(database, { migrationsRun: false, mysqlServer }),
  ).initialize();
  try {
    const pending = await pendingMigrations(dataSource);
    console.log(
      pending.length === 0
        ? 'Its schema matches this build.'
        : `It predates ${pending.length} migration(s) of this build: run \`npm run migrate\` before starting the servers.`,
    );
  } finally {
    await dataSource.destroy();
  }
}

function connectionOf(database: MysqlConfig) {
  const { host, port, username, password, database: name } = database;
  return { host, port, username, password, database: name };
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
