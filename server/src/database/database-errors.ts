/**
 * What a failed MySQL-family query means for the transaction it was in, on one MySQL/MariaDB, on a Galera cluster
 * and on TiDB. Pure: it reads only the error's `code`/`errno` (mysql2 sets both; TypeORM's QueryFailedError copies
 * them and keeps the original as `driverError`).
 */

/** The database rolled the whole transaction back and said so: running it again is the documented remedy. */
const ROLLED_BACK_CODES = new Set([
  'ER_LOCK_DEADLOCK', // 1213: a deadlock, or on Galera a certification failure / brute-force abort (also at COMMIT)
  'ER_LOCK_WAIT_TIMEOUT', // 1205
]);
const ROLLED_BACK_ERRNOS = new Set([
  1213,
  1205,
  // TiDB (https://docs.pingcap.com/tidb/stable/error-codes): each of these says the transaction was rolled back and
  // may be run again as a whole.
  8002, // SELECT … FOR UPDATE met a write conflict at commit
  8005, // write conflict, txnStartTS is stale
  8022, // commit failed and was rolled back
  8028, // the schema changed under the transaction
  9007, // write conflict in TiKV
]);

/** Galera's "WSREP has not yet prepared node for application use": the node (joining, or cut off) refused the statement. */
const NODE_NOT_READY_ERRNO = 1047;

/** The connection itself failed: the node or the load balancer in front of it went away, or never answered. */
const CONNECTION_CODES = new Set([
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTCONN',
  'ER_CON_COUNT_ERROR',
  'ER_SERVER_SHUTDOWN',
]);
const CONNECTION_ERRNOS = new Set([
  1053, // server shutdown in progress
  2006, // server has gone away
  2013, // lost connection during query
]);
/** mysql2's message when a command is queued on a connection that has already failed. */
const CLOSED_STATE_MESSAGE = "Can't add new command when connection is in closed state";

/** Where in a transaction a failure happened: before COMMIT was sent, nothing can have been committed. */
export type TransactionPhase = 'work' | 'commit';

/**
 * - `retry`: the transaction certainly did not commit; run it again (on a fresh connection when `freshConnection`).
 * - `unavailable`: the database could not be reached, or the outcome of COMMIT is unknown; answer 503 and let the
 *   caller retry with its Idempotency-Key, which finds the booking if it did commit.
 * - `duplicate`: a duplicate key. On one MySQL the slot-time lock makes a racing transaction wait and then see the
 *   row it would duplicate; on a multi-primary cluster that lock is local to a node, so the transaction may not see a
 *   row another node just committed (a seat, an Idempotency-Key) until its INSERT collides with it. Running it again,
 *   now that the row is visible, gives the answer one database would have given (the next free seat, the replayed
 *   booking, or a real SLOT_FULL); under a crowd the next free seat may be taken the same way, so it is run again
 *   like a conflict. A duplicate that persists is a real one and goes back to the caller.
 * - `fail`: anything else (a constraint, a bug): not ours to hide.
 */
export type FailureVerdict =
  | { kind: 'retry'; freshConnection: boolean }
  | { kind: 'duplicate' }
  | { kind: 'unavailable' }
  | { kind: 'fail' };

export function classifyTransactionFailure(error: unknown, phase: TransactionPhase): FailureVerdict {
  if (isRolledBack(error)) {
    return { kind: 'retry', freshConnection: false };
  }
  if (identities(error).some(({ code, errno }) => code === 'ER_DUP_ENTRY' || errno === 1062)) {
    return { kind: 'duplicate' };
  }
  const lostConnection = isConnectionFailure(error);
  if (lostConnection || isNodeNotReady(error)) {
    // Galera replicates a transaction only at COMMIT: a failure before it leaves nothing behind on any node. A
    // failure during COMMIT may come after the cluster certified the write set, so running it again could book twice.
    return phase === 'work' ? { kind: 'retry', freshConnection: true } : { kind: 'unavailable' };
  }
  return { kind: 'fail' };
}

/** True when the database could not serve the request at all: answered as 503 DATABASE_UNAVAILABLE, never 500. */
export function isDatabaseUnavailable(error: unknown): boolean {
  return isConnectionFailure(error) || isNodeNotReady(error);
}

function isRolledBack(error: unknown): boolean {
  return identities(error).some(
    ({ code, errno }) =>
      (code !== undefined && ROLLED_BACK_CODES.has(code)) || (errno !== undefined && ROLLED_BACK_ERRNOS.has(errno)),
  );
}

function isNodeNotReady(error: unknown): boolean {
  return identities(error).some(({ errno }) => errno === NODE_NOT_READY_ERRNO);
}

function isConnectionFailure(error: unknown): boolean {
  return identities(error).some(
    ({ code, errno, message }) =>
      (code !== undefined && CONNECTION_CODES.has(code)) ||
      (errno !== undefined && CONNECTION_ERRNOS.has(errno)) ||
      message?.includes(CLOSED_STATE_MESSAGE) === true,
  );
}

interface ErrorIdentity {
  code?: string;
  errno?: number;
  message?: string;
}

/** The error and the driver error TypeORM wrapped in it. */
function identities(error: unknown): ErrorIdentity[] {
  if (typeof error !== 'object' || error === null) {
    return [];
  }
  const { driverError } = error as { driverError?: unknown };
  return [error, driverError].filter((e): e is object => typeof e === 'object' && e !== null).map(identity);
}

function identity(error: object): ErrorIdentity {
  const { code, errno, message } = error as { code?: unknown; errno?: unknown; message?: unknown };
  return {
    code: typeof code === 'string' ? code : undefined,
    errno: typeof errno === 'number' ? errno : undefined,
    message: typeof message === 'string' ? message : undefined,
  };
}
