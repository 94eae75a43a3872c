import { poolStatsOf } from './pool-stats.js';

/** The shape of mysql2's Pool that matters here (its queues are Denque instances, which have a length). */
const mysql2Pool = (all: number, free: number, waiting: number, limit = 10) => ({
  _allConnections: { length: all },
  _freeConnections: { length: free },
  _connectionQueue: { length: waiting },
  config: { connectionLimit: limit },
});

describe('poolStatsOf', () => {
  it('counts connections in use as all minus idle, with the waiting queries and the limit', () => {
    expect(poolStatsOf(mysql2Pool(7, 2, 0))).toEqual({ inUse: 5, idle: 2, queued: 0, max: 10 });
    expect(poolStatsOf(mysql2Pool(10, 0, 4, 10))).toEqual({ inUse: 10, idle: 0, queued: 4, max: 10 });
    expect(poolStatsOf(mysql2Pool(0, 0, 0, 20))).toEqual({ inUse: 0, idle: 0, queued: 0, max: 20 });
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a pool without the fields', { config: { connectionLimit: 10 } }],
    ['a pool with a missing queue', { ...mysql2Pool(1, 1, 0), _connectionQueue: undefined }],
    ['a limit that is not a number', { ...mysql2Pool(1, 1, 0), config: {} }],
  ])('gives no numbers for %s rather than wrong ones', (_label, pool) => {
    expect(poolStatsOf(pool)).toBeUndefined();
  });
});
