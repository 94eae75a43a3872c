import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type Sqlite from 'better-sqlite3';
import type { Pool, PoolConnection, RowDataPacket } from 'mysql2';
import type { DataSource, EntityManager } from 'typeorm';

/** Reads and bumps the `cache_version` rows; the only code that touches that table. */
interface VersionRow {
  name: string;
  version: number | string;
}

/** What of TypeORM's MySQL driver the counter read uses: its pool, and the query time limit it applies. */
interface MysqlDriverParts {
  pool: Pool;
  options: { enableQueryTimeout?: boolean; maxQueryExecutionTime?: number };
}

const selectVersions = (count: number) =>
  `SELECT name, version FROM cache_version WHERE name IN (${Array.from({ length: count }, () => '?').join(', ')})`;

@Injectable()
export class CacheVersionsRepository {
  private readonly sqliteStatements = new Map<number, Sqlite.Statement<unknown[], VersionRow>>();
  private readonly bumpListeners: ((names: readonly string[]) => void)[] = [];

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The current counters of the named caches, in the order asked; a name never bumped counts as 0. */
  async read(names: readonly string[]): Promise<number[]> {
    const rows =
      this.dataSource.options.type === 'better-sqlite3' ? this.readSqlite(names) : await this.readMysql(names);
    return names.map((name) => Number(rows.find((row) => row.name === name)?.version ?? 0));
  }

  /**
   * On the embedded database, straight from the connection TypeORM holds, with a statement prepared once: every
   * cached read asks, and TypeORM's query path costs several times the lookup itself. One connection, read
   * synchronously, as TypeORM's own reads on it are.
   */
  private readSqlite(names: readonly string[]): VersionRow[] {
    let statement = this.sqliteStatements.get(names.length);
    if (!statement) {
      const { databaseConnection } = this.dataSource.driver as unknown as { databaseConnection: Sqlite.Database };
      statement = databaseConnection.prepare<unknown[], VersionRow>(selectVersions(names.length));
      this.sqliteStatements.set(names.length, statement);
    }
    return statement.all(...names);
  }

  /**
   * On MySQL, straight from TypeORM's pool too: a query runner, mysql2's promise wrapper and the stack it captures
   * per query cost more than this one-line read, made for every turn that serves a cached read. The connection is
   * one of the pool's, set up like the others (isolation, Galera's sync wait, dropped after a timeout), and the read
   * keeps the query time limit TypeORM applies to its own.
   */
  private readMysql(names: readonly string[]): Promise<VersionRow[]> {
    const { pool, options } = this.dataSource.driver as unknown as MysqlDriverParts;
    const timeout = options.enableQueryTimeout ? options.maxQueryExecutionTime : undefined;
    return new Promise((resolve, reject) => {
      pool.getConnection((failed: NodeJS.ErrnoException | null, connection: PoolConnection) => {
        if (failed) {
          reject(failed);
          return;
        }
        connection.query<RowDataPacket[]>(
          { sql: selectVersions(names.length), values: [...names], timeout },
          (error, rows) => {
            connection.release();
            if (error) {
              reject(error);
            } else {
              resolve(rows as VersionRow[]);
            }
          },
        );
      });
    });
  }

  /**
   * Adds one to each named counter, inside the caller's transaction so the change and the bump commit together.
   * Names are bumped in a fixed order so two transactions bumping the same names cannot deadlock on MySQL.
   */
  async bump(manager: EntityManager, names: readonly string[]): Promise<void> {
    const sorted = [...new Set(names)].sort();
    if (sorted.length === 0) {
      return;
    }
    const values = sorted.map(() => '(?, 1)').join(', ');
    const upsert =
      this.dataSource.options.type === 'better-sqlite3'
        ? `INSERT INTO cache_version (name, version) VALUES ${values} ON CONFLICT (name) DO UPDATE SET version = version + 1`
        : `INSERT INTO cache_version (name, version) VALUES ${values} ON DUPLICATE KEY UPDATE version = version + 1`;
    await manager.query(upsert, sorted);
    this.bumpListeners.forEach((listener) => listener(sorted));
  }

  /** `listener` is told the names of every bump this process makes, as it makes it (before its commit). */
  onBump(listener: (names: readonly string[]) => void): void {
    this.bumpListeners.push(listener);
  }
}
