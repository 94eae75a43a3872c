import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { DomainError } from '../common/errors/domain-error.js';
import { TransactionRunner } from './transaction-runner.js';

type Step = 'ok' | Error;

/**
 * A stand-in for TypeORM's query runners on MySQL: each `createQueryRunner()` is one connection; `commits` says
 * how each successive COMMIT ends. Records what the runner did with every connection.
 */
function fakeMysql(commits: Step[]) {
  const connections: { destroyed: boolean; released: boolean; rolledBack: boolean }[] = [];
  let commitIndex = 0;
  const dataSource = {
    options: { type: 'mariadb' },
    entityMetadatas: [],
    createQueryRunner: (): QueryRunner => {
      const connection = { destroyed: false, released: false, rolledBack: false };
      connections.push(connection);
      const runner = {
        isTransactionActive: false,
        manager: {} as EntityManager,
        databaseConnection: { destroy: () => (connection.destroyed = true) },
        startTransaction: () => {
          runner.isTransactionActive = true;
          return Promise.resolve();
        },
        commitTransaction: () => {
          const step = commits[commitIndex++] ?? 'ok';
          if (step !== 'ok') {
            return Promise.reject(step);
          }
          runner.isTransactionActive = false;
          return Promise.resolve();
        },
        rollbackTransaction: () => {
          connection.rolledBack = true;
          runner.isTransactionActive = false;
          return Promise.resolve();
        },
        release: () => {
          connection.released = true;
          return Promise.resolve();
        },
      };
      return runner as unknown as QueryRunner;
    },
  };
  return { runner: new TransactionRunner(dataSource as unknown as DataSource), connections };
}

const mysqlError = (code: string, errno: number) => Object.assign(new Error(code), { code, errno });

/** Work that answers with `outcome` and counts how often the runner ran it. */
function countedWork(outcome: () => Promise<string>) {
  const work = () => {
    work.calls += 1;
    return outcome();
  };
  work.calls = 0;
  return work;
}

describe('TransactionRunner on MySQL', () => {
  it('runs the work again after a certification failure at COMMIT', async () => {
    const { runner, connections } = fakeMysql([mysqlError('ER_LOCK_DEADLOCK', 1213), 'ok']);
    const work = countedWork(() => Promise.resolve('booked'));
    await expect(runner.run(work)).resolves.toBe('booked');
    expect(work.calls).toBe(2);
    expect(connections.map((c) => c.destroyed)).toEqual([false, false]);
    expect(connections.every((c) => c.released)).toBe(true);
  });

  it('runs the work again on a fresh connection when the connection died before COMMIT', async () => {
    const { runner, connections } = fakeMysql([]);
    let calls = 0;
    const result = await runner.run(() => {
      calls += 1;
      return calls === 1 ? Promise.reject(mysqlError('PROTOCOL_CONNECTION_LOST', 0)) : Promise.resolve('booked');
    });
    expect(result).toBe('booked');
    expect(connections.map((c) => c.destroyed)).toEqual([true, false]);
  });

  it('never runs the work again when the connection died during COMMIT: the outcome is unknown, 503', async () => {
    const { runner } = fakeMysql([mysqlError('PROTOCOL_CONNECTION_LOST', 0)]);
    const work = countedWork(() => Promise.resolve('booked'));
    const failure = runner.run(work);
    await expect(failure).rejects.toBeInstanceOf(DomainError);
    await expect(failure).rejects.toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
    expect(work.calls).toBe(1);
  });

  it('runs the work again after a duplicate key, and hands one that persists to the caller', async () => {
    const duplicate = mysqlError('ER_DUP_ENTRY', 1062);
    const { runner } = fakeMysql([]);
    const work = countedWork(() => Promise.reject(duplicate));
    await expect(runner.run(work)).rejects.toBe(duplicate);
    expect(work.calls).toBe(6);
  });

  it('hands any other error to the caller at once, after rolling back', async () => {
    const { runner, connections } = fakeMysql([]);
    const refused = new DomainError('SLOT_FULL', 'full');
    const work = countedWork(() => Promise.reject(refused));
    await expect(runner.run(work)).rejects.toBe(refused);
    expect(work.calls).toBe(1);
    expect(connections[0]).toEqual({ destroyed: false, released: true, rolledBack: true });
  });
});
