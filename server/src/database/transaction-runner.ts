import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { DomainError } from '../common/errors/domain-error.js';
import { classifyTransactionFailure, type TransactionPhase } from './database-errors.js';
import { runTogether, sendsTogether, type ResultsOf, type Statement } from './fixed-sql.js';
import { uniqueKeyViolated } from './unique-violation.js';

/** A transaction in progress, handed to repositories so everything the work writes commits together. */
export type { EntityManager };

type Statements = readonly (Statement<unknown> | undefined)[];

/**
 * A transaction sent in steps of statements (`TransactionRunner.runInSteps`): on MySQL, BEGIN goes with the first
 * step and COMMIT with the last, so a transaction of two steps is two round trips.
 */
export interface TransactionSteps {
  /** Opens the transaction with these statements; the first thing the work sends. */
  begin<const S extends Statements>(statements: S): Promise<ResultsOf<S>>;
  /** Commits the transaction with these statements; the last thing the work sends. */
  commit<const S extends Statements>(statements: S): Promise<ResultsOf<S>>;
}

/** How far one try of a transaction got: whether it must be rolled back, and whether a failure may have committed. */
interface Progress {
  phase: TransactionPhase;
  open: boolean;
}

/** Tries of one transaction: a hot slot on a multi-primary cluster may lose certification a few times in a row. */
const MAX_ATTEMPTS = 6;

/**
 * Runs work in one database transaction. On SQLite, TypeORM's better-sqlite3 driver shares one connection, so
 * concurrent `transaction()` calls would nest as savepoints and overbook: an in-process queue runs them one at a
 * time (the embedded database serves one process). On MySQL, row locks and unique keys do that job across processes.
 *
 * On MySQL a transaction is run again when the database says it rolled it back (deadlock, lock wait timeout, Galera's
 * certification failure at COMMIT, TiDB's write conflicts), and when its connection failed *before* COMMIT was sent
 * (Galera replicates only at COMMIT, so nothing of it exists anywhere); the retry takes a fresh connection, which the
 * load balancer sends to a healthy node. A connection lost *during* COMMIT leaves the outcome unknown: that is never
 * retried here but answered 503 DATABASE_UNAVAILABLE, and the caller's retry with the same Idempotency-Key finds the
 * booking if it did commit. A duplicate key is run again too: on a multi-primary cluster it can come from a row another
 * node committed that this one could not yet see (see `classifyTransactionFailure`); one that persists through every
 * try goes back to the caller as it is.
 */
@Injectable()
export class TransactionRunner {
  private readonly logger = new Logger('transactions');
  private sqliteQueue: Promise<unknown> = Promise.resolve();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  get dialect(): 'mysql' | 'sqlite' {
    return this.dataSource.options.type === 'better-sqlite3' ? 'sqlite' : 'mysql';
  }

  /** The unique key (by its name in the entities) a failed write ran into; undefined for any other error. */
  uniqueKeyViolated(error: unknown): string | undefined {
    return uniqueKeyViolated(error, this.dataSource.entityMetadatas);
  }

  /**
   * Runs reads outside any transaction, together (one round trip on MySQL): they lock nothing and see what is
   * committed. On SQLite, whose one connection the transactions share, after the transactions already queued, so as
   * never to read one's uncommitted writes.
   */
  readAlone<const S extends Statements>(statements: S): Promise<ResultsOf<S>> {
    const read = () => runTogether(this.dataSource.manager, statements);
    if (this.dialect === 'sqlite') {
      const next = this.sqliteQueue.then(read);
      this.sqliteQueue = next.catch(() => undefined);
      return next;
    }
    return read();
  }

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (this.dialect === 'sqlite') {
      const next = this.sqliteQueue.then(() => this.dataSource.transaction(work));
      this.sqliteQueue = next.catch(() => undefined);
      return next;
    }
    return this.runWithRetry(async (runner, progress) => {
      // READ COMMITTED, the level every MySQL connection is set to when it opens (data-source-options.ts), so it
      // costs no statement here: a read after waiting for a row lock sees what the lock holder committed.
      progress.open = true;
      await runner.startTransaction();
      const result = await work(runner.manager);
      progress.phase = 'commit';
      await runner.commitTransaction();
      progress.open = false;
      return result;
    });
  }

  /**
   * As `run`, for work written as steps of statements (`TransactionSteps`): on one MySQL or MariaDB server each step is
   * one round trip, BEGIN sent with the first and COMMIT with the last (`runTogether`), and a failure of the last step,
   * which may come after COMMIT was received, is treated as a failure during COMMIT (never run again unless the
   * database says it rolled back). On a Galera node or TiDB every statement is its own round trip, as in `run`.
   */
  runInSteps<T>(work: (steps: TransactionSteps) => Promise<T>): Promise<T> {
    if (this.dialect === 'sqlite') {
      return this.run((manager) =>
        work({
          begin: (statements) => runTogether(manager, statements),
          commit: (statements) => runTogether(manager, statements),
        }),
      );
    }
    return this.runWithRetry(async (runner, progress) => {
      const together = sendsTogether(runner.manager);
      const result = await work({
        begin: async (statements) => {
          progress.open = true;
          if (together) {
            return runTogether(runner.manager, statements, { before: 'START TRANSACTION' });
          }
          await runner.query('START TRANSACTION');
          return runTogether(runner.manager, statements);
        },
        commit: async (statements) => {
          let results;
          if (together) {
            progress.phase = 'commit';
            results = await runTogether(runner.manager, statements, { after: 'COMMIT' });
          } else {
            results = await runTogether(runner.manager, statements);
            progress.phase = 'commit';
            await runner.query('COMMIT');
          }
          progress.open = false;
          return results;
        },
      });
      if (progress.open) {
        progress.phase = 'commit';
        await runner.query('COMMIT');
        progress.open = false;
      }
      return result;
    });
  }

  private async runWithRetry<T>(once: (runner: QueryRunner, progress: Progress) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      const runner = this.dataSource.createQueryRunner();
      const progress: Progress = { phase: 'work', open: false };
      let discard = false;
      try {
        return await once(runner, progress);
      } catch (error) {
        // A connection whose transaction could not be rolled back is not given back to the pool.
        discard = !(await rollbackQuietly(runner, progress));
        const { phase } = progress;
        const verdict = classifyTransactionFailure(error, phase);
        if (verdict.kind === 'fail' || (verdict.kind === 'duplicate' && attempt >= MAX_ATTEMPTS)) {
          throw error;
        }
        if (verdict.kind === 'unavailable' || attempt >= MAX_ATTEMPTS) {
          this.logger.warn({ msg: 'transaction given up', attempt, phase, code: errorCode(error) });
          throw databaseUnavailable();
        }
        const freshConnection = verdict.kind === 'retry' && verdict.freshConnection;
        discard ||= freshConnection;
        await new Promise((resolve) =>
          setTimeout(resolve, freshConnection ? failoverPauseMs(attempt) : backoffMs(attempt)),
        );
      } finally {
        await releaseConnection(runner, discard);
      }
    }
  }
}

/** 10–30 ms, then growing: long enough for a conflicting commit or a failover to finish, short for a woman waiting. */
function backoffMs(attempt: number): number {
  return 10 * 2 ** Math.min(attempt - 1, 4) + Math.random() * 20;
}

/**
 * After a lost connection, long enough in all (about 4.5 s over 5 retries) for the load balancer to notice a dead node
 * (two failed checks a second apart) and send new connections elsewhere, rather than answering 503 at once.
 */
function failoverPauseMs(attempt: number): number {
  return 300 * attempt;
}

/** Rolls back what the try left open; false when that failed. */
async function rollbackQuietly(runner: QueryRunner, progress: Progress): Promise<boolean> {
  if (!progress.open) {
    return true;
  }
  try {
    // A transaction TypeORM started is rolled back through TypeORM, which keeps its own record of it.
    await (runner.isTransactionActive ? runner.rollbackTransaction() : runner.query('ROLLBACK'));
    return true;
  } catch {
    return false;
  }
}

/**
 * Gives the connection back to the pool, or closes it when it must not be used again: a Galera node that said "not
 * ready" keeps saying so on that connection, and a new one goes through the load balancer to a node that is ready.
 */
async function releaseConnection(runner: QueryRunner, discard: boolean): Promise<void> {
  if (discard) {
    const connection = (runner as QueryRunner & { databaseConnection?: { destroy?: () => void } }).databaseConnection;
    connection?.destroy?.();
  }
  await runner.release().catch(() => undefined);
}

function errorCode(error: unknown): string {
  const { code, errno } = error as { code?: unknown; errno?: unknown };
  return `${typeof code === 'string' ? code : ''}${typeof errno === 'number' ? ` ${errno}` : ''}`.trim() || 'unknown';
}

export const databaseUnavailable = () =>
  new DomainError('DATABASE_UNAVAILABLE', 'The database is busy or being switched over; please try again in a moment');
