export interface PoolStats {
  inUse: number;
  idle: number;
  /** Queries waiting for a connection because all are in use. */
  queued: number;
  max: number;
}

const lengthOf = (value: unknown): number | undefined => {
  const length = (value as { length?: unknown } | undefined)?.length;
  return typeof length === 'number' ? length : undefined;
};

/**
 * Reads mysql2's pool. It has no public statistics, so this reads the fields its Pool keeps (the same in mysql2
 * 2.x and 3.x): every connection, the idle ones, the waiting requests, and the configured limit. Anything else
 * (another driver, a pool cluster, a future mysql2) gives undefined rather than wrong numbers.
 */
export function poolStatsOf(pool: unknown): PoolStats | undefined {
  if (typeof pool !== 'object' || pool === null) {
    return undefined;
  }
  const fields = pool as Record<string, unknown> & { config?: { connectionLimit?: unknown } };
  const all = lengthOf(fields._allConnections);
  const idle = lengthOf(fields._freeConnections);
  const queued = lengthOf(fields._connectionQueue);
  const max = fields.config?.connectionLimit;
  if (all === undefined || idle === undefined || queued === undefined || typeof max !== 'number') {
    return undefined;
  }
  return { inUse: all - idle, idle, queued, max };
}
