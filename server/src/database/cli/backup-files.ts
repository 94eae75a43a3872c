import type { DatabaseConfig } from '../../config/app-config.js';

/** `wac-<database>-<UTC time>.<ext>`: sorts by time, says what it holds, and never collides within a second. */
export function backupFileName(database: DatabaseConfig, at: Date): string {
  const stamp = at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
  return database.kind === 'sqlite' ? `wac-sqlite-${stamp}.sqlite` : `wac-mysql-${database.database}-${stamp}.sql.gz`;
}

/** Which kind of backup a file is, from its name as backup.ts writes it (or the same extensions by hand). */
export function backupKind(file: string): 'sqlite' | 'mysql' | undefined {
  if (/\.(sqlite|sqlite3|db)$/.test(file)) {
    return 'sqlite';
  }
  return /\.sql(\.gz)?$/.test(file) ? 'mysql' : undefined;
}

export type DumpTool = { path: string; flavour: 'mariadb' | 'mysql' };

/**
 * mysqldump/mariadb-dump options for a consistent, restorable dump of one database while the servers keep writing:
 * one REPEATABLE READ snapshot instead of table locks, rows streamed rather than buffered, binary columns as hex,
 * routines and triggers included, no tablespace statements (they need the PROCESS privilege on MySQL 8), and no
 * CREATE DATABASE/USE, so it restores into whatever database the restore names. MySQL's own client would also
 * write the source server's GTIDs, which a restore into another server refuses.
 */
export function dumpArguments(tool: DumpTool, database: string): string[] {
  return [
    '--single-transaction',
    '--quick',
    '--routines',
    '--triggers',
    '--hex-blob',
    '--no-tablespaces',
    '--default-character-set=utf8mb4',
    ...(tool.flavour === 'mysql' ? ['--set-gtid-purged=OFF'] : []),
    database,
  ];
}
