import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { runTogether, type Statement } from './fixed-sql.js';
import { TransactionRunner } from './transaction-runner.js';

@Injectable()
export class GuardRowsRepository {
  constructor(private readonly transactions: TransactionRunner) {}

  /**
   * Writes the guard row of `key` in the caller's transaction (creating it the first time). The version really
   * changes, so the row is in the transaction's write set: a no-op update would lock it on one server but give a
   * Galera cluster nothing to certify.
   */
  async touch(manager: EntityManager, key: string): Promise<void> {
    await runTogether(manager, [this.touching(key)]);
  }

  /** `touch` as a statement, to be run with others of the transaction (`runTogether`). */
  touching(key: string): Statement<void> {
    const sql =
      this.transactions.dialect === 'mysql'
        ? 'INSERT INTO `guard_row` (`key`, `version`) VALUES (?, 1) ON DUPLICATE KEY UPDATE `version` = `version` + 1'
        : 'INSERT INTO "guard_row" ("key", "version") VALUES (?, 1) ON CONFLICT ("key") DO UPDATE SET "version" = "version" + 1';
    return { sql, parameters: [key], read: () => undefined };
  }
}
