import { spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseConfig } from '../../config/app-config.js';
import type { DumpTool } from './backup-files.js';

type MysqlConfig = Extract<DatabaseConfig, { kind: 'mysql' }>;

/** The first of these programs found on PATH: MariaDB's names first (Debian's mysqldump is a link to them). */
export function findProgram(names: string[]): string | undefined {
  return names.find((name) => spawnSync(name, ['--version'], { stdio: 'ignore' }).status === 0);
}

export function findDumpTool(): DumpTool {
  const path = findProgram(['mariadb-dump', 'mysqldump']);
  if (path === undefined) {
    throw new Error('Neither mariadb-dump nor mysqldump is installed (Debian: apt-get install mariadb-client)');
  }
  const version = spawnSync(path, ['--version'], { encoding: 'utf8' }).stdout;
  return { path, flavour: version.includes('MariaDB') ? 'mariadb' : 'mysql' };
}

export function findMysqlClient(): string {
  const path = findProgram(['mariadb', 'mysql']);
  if (path === undefined) {
    throw new Error('Neither mariadb nor mysql (the client) is installed (Debian: apt-get install mariadb-client)');
  }
  return path;
}

/**
 * Gives `work` the `--defaults-extra-file=…` argument of an options file holding the connection, readable only by
 * this user and deleted afterwards: a password on the command line would show in `ps` to every user of the machine.
 */
export async function withConnectionOptions<T>(
  database: MysqlConfig,
  work: (optionsArgument: string) => Promise<T>,
): Promise<T> {
  const folder = mkdtempSync(join(tmpdir(), 'wac-mysql-'));
  const optionsFile = join(folder, 'client.cnf');
  const quoted = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;
  writeFileSync(
    optionsFile,
    [
      '[client]',
      `host=${database.host}`,
      `port=${database.port}`,
      `user=${quoted(database.username)}`,
      `password=${quoted(database.password)}`,
      '',
    ].join('\n'),
    { mode: 0o600 },
  );
  try {
    return await work(`--defaults-extra-file=${optionsFile}`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Resolves when the program exits 0; otherwise rejects with what it wrote to stderr. */
export function exitOf(child: ChildProcess, program: string): Promise<void> {
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${program} failed (exit ${code}): ${stderr.trim()}`)),
    );
  });
}
