import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { DomainError } from '../common/errors/domain-error.js';
import type { Statement } from './fixed-sql.js';
import { TransactionRunner } from './transaction-runner.js';

type Step = 'ok' | Error;

/**
 * A stand-in for TypeORM's query runners on MySQL: each `createQueryRunner()` is one connection; `commits` says
 * how each successive COMMIT ends. Records what the runner did with every connection.
 */
function fakeMysql(
  commits: Step[],
  answer: (sql: string) => Promise<unknown> = () => Promise.resolve([]),
  multipleStatements = true,
) {
  const connections: { destroyed: boolean; released: boolean; rolledBack: boolean }[] = [];
  /** What each connection was sent with `query`, one entry per round trip. */
  const sent: string[][] = [];
  let commitIndex = 0;
  const dataSource = {
    options: { type: 'mariadb', multipleStatements },
    entityMetadatas: [],
    createQueryRunner: (): QueryRunner => {
      const connection = { destroyed: false, released: false, rolledBack: false };
      connections.push(connection);
      const queries: string[] = [];
      sent.push(queries);
      const runner = {
        isTransactionActive: false,
        manager: {} as EntityManager,
        query: async (sql: string) => {
          queries.push(sql);
          return { raw: await answer(sql) };
        },
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
      runner.manager = { connection: dataSource, queryRunner: runner } as unknown as EntityManager;
      return runner as unknown as QueryRunner;
    },
  };
  return { runner: new TransactionRunner(dataSource as unknown as DataSource), connections, sent };
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

describe('TransactionRunner on MySQL, in steps', () => {
  const read = (name: string): Statement<string> => ({ sql: `SELECT '${name}'`, parameters: [], read: () => name });
  /** mysql2's answer to a query of several statements: one result per statement. */
  const results = (sql: string) => Promise.resolve(sql.split(';\n').map(() => []));

  it('sends BEGIN with the first step and COMMIT with the last: one round trip each', async () => {
    const { runner, sent } = fakeMysql([], results);
    const outcome = await runner.runInSteps(async (steps) => {
      const [first, , second] = await steps.begin([read('a'), undefined, read('b')]);
      const [last] = await steps.commit([read('c')]);
      return [first, second, last];
    });
    expect(outcome).toEqual(['a', 'b', 'c']);
    expect(sent).toEqual([["START TRANSACTION;\nSELECT 'a';\nSELECT 'b'", "SELECT 'c';\nCOMMIT"]]);
  });

  it('commits work that ends without a last step, and rolls back work that throws', async () => {
    const { runner, sent } = fakeMysql([], results);
    await runner.runInSteps((steps) => steps.begin([read('a')]));
    const refused = new DomainError('SLOT_FULL', 'full');
    const refusal = runner.runInSteps(async (steps) => {
      await steps.begin([read('a')]);
      throw refused;
    });
    await expect(refusal).rejects.toBe(refused);
    expect(sent).toEqual([
      ["START TRANSACTION;\nSELECT 'a'", 'COMMIT'],
      ["START TRANSACTION;\nSELECT 'a'", 'ROLLBACK'],
    ]);
  });

  it('rolls back and runs the work again after a duplicate key in the last step', async () => {
    let commits = 0;
    const { runner, sent } = fakeMysql([], (sql) =>
      sql.endsWith('COMMIT') && (commits += 1) === 1 ? Promise.reject(mysqlError('ER_DUP_ENTRY', 1062)) : results(sql),
    );
    const work = countedWork(() => Promise.resolve('booked'));
    const outcome = runner.runInSteps(async (steps) => {
      await steps.begin([read('a')]);
      await steps.commit([read('c')]);
      return work();
    });
    await expect(outcome).resolves.toBe('booked');
    expect(work.calls).toBe(1);
    expect(sent).toEqual([
      ["START TRANSACTION;\nSELECT 'a'", "SELECT 'c';\nCOMMIT", 'ROLLBACK'],
      ["START TRANSACTION;\nSELECT 'a'", "SELECT 'c';\nCOMMIT"],
    ]);
  });

  it('never runs the work again when the connection died during the last step, and drops that connection', async () => {
    const lost = (sql: string) =>
      sql.endsWith('COMMIT') || sql === 'ROLLBACK'
        ? Promise.reject(mysqlError('PROTOCOL_CONNECTION_LOST', 0))
        : results(sql);
    const { runner, connections } = fakeMysql([], lost);
    const work = countedWork(() => Promise.resolve('booked'));
    const failure = runner.runInSteps(async (steps) => {
      await steps.begin([read('a')]);
      await steps.commit([read('c')]);
      return work();
    });
    await expect(failure).rejects.toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
    expect(connections).toEqual([{ destroyed: true, released: true, rolledBack: false }]);
  });

  it('sends every statement on its own where the pool does not take several per query (a Galera node)', async () => {
    let statementsOfLastStep = 0;
    const { runner, sent } = fakeMysql(
      [],
      (sql) =>
        sql === "SELECT 'c'" && (statementsOfLastStep += 1) === 1
          ? Promise.reject(mysqlError('PROTOCOL_CONNECTION_LOST', 0))
          : results(sql),
      false,
    );
    const outcome = runner.runInSteps(async (steps) => {
      const [first] = await steps.begin([read('a')]);
      const [last] = await steps.commit([read('c')]);
      return [first, last];
    });
    // Lost before COMMIT was sent: run again, on a fresh connection.
    await expect(outcome).resolves.toEqual(['a', 'c']);
    expect(sent).toEqual([
      ['START TRANSACTION', "SELECT 'a'", "SELECT 'c'", 'ROLLBACK'],
      ['START TRANSACTION', "SELECT 'a'", "SELECT 'c'", 'COMMIT'],
    ]);
  });
});
