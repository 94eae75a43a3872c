import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { uniqueKeyViolated } from './unique-violation.js';

/** MySQL answers a deadlock or lock timeout by rolling back; trying again is the documented remedy. */
const RETRYABLE_MYSQL_ERRORS = new Set(['ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT']);
const MAX_ATTEMPTS = 4;

/**
 * Runs work in one database transaction. On SQLite, TypeORM's better-sqlite3 driver shares one connection, so
 * concurrent `transaction()` calls would nest as savepoints and overbook: an in-process queue runs them one at a
 * time (the embedded database serves one process). On MySQL, row locks do that job across processes.
 */
@Injectable()
export class TransactionRunner {
  private sqliteQueue: Promise<unknown> = Promise.resolve();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  get dialect(): 'mysql' | 'sqlite' {
    return this.dataSource.options.type === 'better-sqlite3' ? 'sqlite' : 'mysql';
  }

  /** The unique key (by its name in the entities) a failed write ran into; undefined for any other error. */
  uniqueKeyViolated(error: unknown): string | undefined {
    return uniqueKeyViolated(error, this.dataSource.entityMetadatas);
  }

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (this.dialect === 'sqlite') {
      const next = this.sqliteQueue.then(() => this.dataSource.transaction(work));
      this.sqliteQueue = next.catch(() => undefined);
      return next;
    }
    return this.runWithRetry(work);
  }

  private async runWithRetry<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        // READ COMMITTED: a read after waiting for a row lock sees what the lock holder committed, not an older snapshot.
        return await this.dataSource.transaction('READ COMMITTED', work);
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (attempt >= MAX_ATTEMPTS || code === undefined || !RETRYABLE_MYSQL_ERRORS.has(code)) {
          throw error;
        }
        await new Promise((resolve) => setTimeout(resolve, 5 * attempt + Math.random() * 20));
      }
    }
  }
}
