/* eslint-disable no-console -- an operator's command-line tool */
import { spawn } from 'node:child_process';
import { mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createWriteStream } from 'node:fs';
import { createGzip } from 'node:zlib';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { ConfigError, parseConfig, type DatabaseConfig } from '../../config/app-config.js';
import { backupFileName, dumpArguments } from './backup-files.js';
import { exitOf, findDumpTool, withConnectionOptions } from './mysql-client.js';

const USAGE = `Backs up the database DATABASE_URL names, while the servers keep running.

  node server/dist/database/cli/backup.js [--out DIR]      (default DIR: ./data/backups)

SQLite: a consistent copy through SQLite's online backup API (.sqlite). MySQL/MariaDB: mysqldump/mariadb-dump in one
transaction (.sql.gz). Prints the backup's path on its last line. Encrypted fields stay encrypted: keep APP_SECRET
safe, and apart from the backups; without it the phone numbers in a backup cannot be read.`;

/** Copy the whole database in one step: in WAL mode that is one read transaction, so writers never restart it. */
const ALL_PAGES = 0x7fffffff;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: 'string' }, help: { type: 'boolean' } } });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const config = parseConfig(process.env, { cwd: process.cwd(), staticDir: '' });
  const folder = resolve(values.out ?? join('data', 'backups'));
  mkdirSync(folder, { recursive: true });
  const file = join(folder, backupFileName(config.database, new Date()));
  // Written under a temporary name and renamed when complete: a file with the final name is always a whole backup.
  const partial = `${file}.partial`;
  try {
    await (config.database.kind === 'sqlite'
      ? backupSqlite(config.database.path, partial)
      : backupMysql(config.database, partial));
    renameSync(partial, file);
  } finally {
    rmSync(partial, { force: true });
  }
  console.log(`Backed up to (${(statSync(file).size / 1024).toFixed(0)} KiB):`);
  console.log(file);
}

async function backupSqlite(source: string, target: string): Promise<void> {
  const database = new Database(source, { fileMustExist: true });
  try {
    await database.backup(target, { progress: () => ALL_PAGES });
  } finally {
    database.close();
  }
  // A standalone file: no write-ahead log beside it, and checked before anyone relies on it.
  const copy = new Database(target);
  try {
    copy.pragma('journal_mode = DELETE');
    const [check] = copy.pragma('integrity_check') as { integrity_check: string }[];
    if (check?.integrity_check !== 'ok') {
      throw new Error(`The backup failed SQLite's integrity check: ${JSON.stringify(check)}`);
    }
  } finally {
    copy.close();
  }
}

async function backupMysql(database: Extract<DatabaseConfig, { kind: 'mysql' }>, target: string): Promise<void> {
  const tool = findDumpTool();
  mkdirSync(dirname(target), { recursive: true });
  await withConnectionOptions(database, async (options) => {
    const dump = spawn(tool.path, [options, ...dumpArguments(tool, database.database)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await Promise.all([exitOf(dump, tool.path), pipeline(dump.stdout, createGzip(), createWriteStream(target))]);
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
