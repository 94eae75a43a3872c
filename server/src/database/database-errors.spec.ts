import { classifyTransactionFailure, isDatabaseUnavailable } from './database-errors.js';

/** A mysql2 error as TypeORM hands it on: its own code/errno copied, the original kept as driverError. */
const queryFailed = (code: string, errno: number) => ({ code, errno, driverError: { code, errno } });
const driverOnly = (code: string, errno?: number) => ({ message: 'x', driverError: { code, errno } });

describe('classifyTransactionFailure', () => {
  it.each([
    ['a deadlock', queryFailed('ER_LOCK_DEADLOCK', 1213)],
    ['a lock wait timeout', queryFailed('ER_LOCK_WAIT_TIMEOUT', 1205)],
    ['TiDB 8002 (FOR UPDATE write conflict)', queryFailed('UNKNOWN_CODE_PLEASE_REPORT', 8002)],
    ['TiDB 8005 (write conflict)', queryFailed('UNKNOWN_CODE_PLEASE_REPORT', 8005)],
    ['TiDB 8022 (commit rolled back)', queryFailed('UNKNOWN_CODE_PLEASE_REPORT', 8022)],
    ['TiDB 8028 (schema changed)', queryFailed('UNKNOWN_CODE_PLEASE_REPORT', 8028)],
    ['TiDB 9007 (write conflict in TiKV)', queryFailed('UNKNOWN_CODE_PLEASE_REPORT', 9007)],
  ])('retries %s in either phase, on the same connection: the database rolled it back', (_name, error) => {
    expect(classifyTransactionFailure(error, 'work')).toEqual({ kind: 'retry', freshConnection: false });
    expect(classifyTransactionFailure(error, 'commit')).toEqual({ kind: 'retry', freshConnection: false });
  });

  it.each([
    ['Galera 1047 (node not prepared)', queryFailed('ER_UNKNOWN_COM_ERROR', 1047)],
    ['a lost connection', queryFailed('PROTOCOL_CONNECTION_LOST', 0)],
    ['a reset connection', { code: 'ECONNRESET', errno: -104 }],
    ['a refused connection', { code: 'ECONNREFUSED', errno: -111 }],
    ['server gone away', queryFailed('CR_SERVER_GONE_ERROR', 2006)],
    ['a closed connection', { message: "Can't add new command when connection is in closed state" }],
    ['a lost connection seen only on the driver error', driverOnly('PROTOCOL_CONNECTION_LOST')],
  ])('retries %s before COMMIT on a fresh connection, and gives up as unavailable during COMMIT', (_name, error) => {
    expect(classifyTransactionFailure(error, 'work')).toEqual({ kind: 'retry', freshConnection: true });
    expect(classifyTransactionFailure(error, 'commit')).toEqual({ kind: 'unavailable' });
  });

  it('runs a transaction that met a duplicate key again (a row committed on another node), in either phase', () => {
    expect(classifyTransactionFailure(queryFailed('ER_DUP_ENTRY', 1062), 'work')).toEqual({ kind: 'duplicate' });
    expect(classifyTransactionFailure(driverOnly('ER_DUP_ENTRY', 1062), 'commit')).toEqual({ kind: 'duplicate' });
  });

  it.each([
    ['a foreign key', queryFailed('ER_NO_REFERENCED_ROW_2', 1452)],
    ['a syntax error', queryFailed('ER_PARSE_ERROR', 1064)],
    ['a plain error', new Error('boom')],
    ['a string', 'boom'],
    ['nothing', undefined],
  ])('leaves %s alone', (_name, error) => {
    expect(classifyTransactionFailure(error, 'work')).toEqual({ kind: 'fail' });
    expect(classifyTransactionFailure(error, 'commit')).toEqual({ kind: 'fail' });
  });
});

describe('isDatabaseUnavailable', () => {
  it('is true for lost connections and nodes that are not ready', () => {
    expect(isDatabaseUnavailable(queryFailed('PROTOCOL_CONNECTION_LOST', 0))).toBe(true);
    expect(isDatabaseUnavailable(queryFailed('ER_UNKNOWN_COM_ERROR', 1047))).toBe(true);
    expect(isDatabaseUnavailable({ code: 'ETIMEDOUT' })).toBe(true);
  });

  it('is false for errors the request itself caused, and for conflicts the runner retries', () => {
    expect(isDatabaseUnavailable(queryFailed('ER_DUP_ENTRY', 1062))).toBe(false);
    expect(isDatabaseUnavailable(queryFailed('ER_LOCK_DEADLOCK', 1213))).toBe(false);
    expect(isDatabaseUnavailable(new Error('boom'))).toBe(false);
  });
});
