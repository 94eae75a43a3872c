import { backupFileName, backupKind, dumpArguments } from './backup-files.js';

const at = new Date('2026-11-03T04:05:06.789Z');
const mysql = { kind: 'mysql', host: 'db', port: 3306, username: 'wac', password: 'secret', database: 'wac' } as const;

describe('backup files', () => {
  it('names a backup after its database and the UTC time, with the extension restore recognises', () => {
    expect(backupFileName({ kind: 'sqlite', path: '/srv/wac/data/wac.sqlite' }, at)).toBe(
      'wac-sqlite-20261103T040506Z.sqlite',
    );
    expect(backupFileName(mysql, at)).toBe('wac-mysql-wac-20261103T040506Z.sql.gz');
    expect(backupKind(backupFileName(mysql, at))).toBe('mysql');
    expect(backupKind(backupFileName({ kind: 'sqlite', path: 'x' }, at))).toBe('sqlite');
  });

  it.each([
    ['/backups/wac.sqlite', 'sqlite'],
    ['old.db', 'sqlite'],
    ['dump.sql', 'mysql'],
    ['dump.sql.gz', 'mysql'],
    ['notes.txt', undefined],
    ['wac.sqlite.bak', undefined],
  ])('recognises %s as %s', (file, kind) => {
    expect(backupKind(file)).toBe(kind);
  });

  it('dumps one consistent snapshot without locks, passwords or the source database name in the SQL', () => {
    const args = dumpArguments({ path: '/usr/bin/mariadb-dump', flavour: 'mariadb' }, 'wac');
    expect(args).toEqual(expect.arrayContaining(['--single-transaction', '--routines', '--triggers', '--hex-blob']));
    expect(args.at(-1)).toBe('wac');
    expect(args).not.toContain('--databases');
    expect(args.join(' ')).not.toContain('secret');
    expect(args).not.toContain('--set-gtid-purged=OFF');
  });

  it("leaves the source's GTIDs out of a dump made with MySQL's own client", () => {
    expect(dumpArguments({ path: '/usr/bin/mysqldump', flavour: 'mysql' }, 'wac')).toContain('--set-gtid-purged=OFF');
  });
});
