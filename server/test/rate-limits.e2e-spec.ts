import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { LimitsConfig } from '../src/config/app-config.js';
import { RateLimited, RateLimits, type LimitName } from '../src/limits/rate-limits.service.js';
import { sharedStore, TEST_DB } from './support/test-app.js';

// Redis is part of the MariaDB run (a deployment with several processes has it); the embedded run has none.
/** Generous everywhere but where a test sets its own. */
const LIMITS: LimitsConfig = {
  redisUrl: undefined,
  keyPrefix: '',
  trustProxy: 'loopback',
  addressPerMinute: 1000,
  personWritesPerMinute: 1000,
  guestSessionsPerHour: 1000,
  guestPowBits: 0,
  loginsPerAddressPer5Minutes: 1000,
  loginFailuresPerAccount: 1000,
  lockoutMinutes: 15,
  codeLookupsPerAddressPerHour: 1000,
  codeLookupsPerSessionPerHour: 1000,
  numberRevealsPerHour: 1000,
  newGuestPlacesPercent: 100,
  newGuestCallbacksPerCentre: 1000,
};
const onMysql = TEST_DB === 'mysql' ? describe : describe.skip;

onMysql('limits kept in Redis, spent together per event-loop turn', () => {
  const store = sharedStore();
  const clients: Redis[] = [];
  let monitoring: Redis;
  let watcher: Redis;
  /** Commands that touched this test's counters, as Redis saw them (MONITOR). */
  const commandsSeen: string[][] = [];

  /** One server process's limits: its own Redis connection, the counters shared through Redis. */
  const serverProcess = (limits: Partial<LimitsConfig>): RateLimits => {
    const redis = new Redis(store.REDIS_URL, { enableAutoPipelining: true, maxRetriesPerRequest: 1 });
    clients.push(redis);
    return new RateLimits(
      { ...LIMITS, redisUrl: store.REDIS_URL, keyPrefix: store.RATE_LIMIT_PREFIX, ...limits },
      redis,
    );
  };
  /** Which of `count` attempts at once (one turn) pass, in the order they asked. */
  const attempts = (limits: RateLimits, name: LimitName, key: string, count: number) =>
    Promise.all(
      Array.from({ length: count }, () =>
        limits.consume(name, key).then(
          () => 'passed' as const,
          (error: unknown) => {
            if (error instanceof RateLimited) {
              return 'refused' as const;
            }
            throw error;
          },
        ),
      ),
    );
  const passed = (answers: string[]) => answers.filter((answer) => answer === 'passed').length;
  /**
   * The counter commands Redis has run so far. MONITOR reports them on its own connection, which may lag behind the
   * answers the clients already have: a marker command sent now is reported after every earlier one.
   */
  const counterCommandsSoFar = async (): Promise<string[][]> => {
    const marker = `${store.RATE_LIMIT_PREFIX}monitor-marker:${randomUUID()}`;
    const reported = new Promise<void>((resolve) => {
      const onMonitor = (_time: string, args: string[]) => {
        if (args.includes(marker)) {
          watcher.off('monitor', onMonitor);
          resolve();
        }
      };
      watcher.on('monitor', onMonitor);
    });
    await monitoring.exists(marker);
    await reported;
    return commandsSeen.filter((args) => /^eval/i.test(args[0] ?? ''));
  };

  beforeAll(async () => {
    monitoring = new Redis(store.REDIS_URL);
    clients.push(monitoring);
    watcher = await monitoring.monitor();
    watcher.on('monitor', (_time: string, args: string[]) => {
      if (args.some((arg) => arg.startsWith(store.RATE_LIMIT_PREFIX))) {
        commandsSeen.push(args);
      }
    });
  });
  afterAll(async () => {
    watcher.disconnect();
    await Promise.all(clients.map((client) => client.quit()));
  });
  beforeEach(() => {
    commandsSeen.length = 0;
  });

  it('lets exactly the limit through from two processes asking at once, first come first served in each', async () => {
    const [first, second] = [serverProcess({ addressPerMinute: 10 }), serverProcess({ addressPerMinute: 10 })];
    const [fromFirst, fromSecond] = await Promise.all([
      attempts(first, 'address', '203.0.113.7', 15),
      attempts(second, 'address', '203.0.113.7', 15),
    ]);

    expect(passed(fromFirst) + passed(fromSecond)).toBe(10);
    for (const answers of [fromFirst, fromSecond]) {
      // Those that passed are the first to have asked: no later request overtakes an earlier one.
      expect(answers).toEqual([...answers].sort((a, b) => (a === b ? 0 : a === 'passed' ? -1 : 1)));
    }
    // One counter command per process for its turn of 15, not one per request.
    const counterCommands = await counterCommandsSoFar();
    expect(counterCommands.length).toBeGreaterThanOrEqual(2);
    expect(counterCommands.length).toBeLessThanOrEqual(4);
    // And a later turn still finds nothing left, until the minute's window ends.
    expect(await attempts(first, 'address', '203.0.113.7', 3)).toEqual(['refused', 'refused', 'refused']);
    const refusal = await second.consume('address', '203.0.113.7').catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(RateLimited);
    expect((refusal as RateLimited).retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect((refusal as RateLimited).retryAfterSeconds).toBeLessThanOrEqual(60);
    // Another address is counted on its own.
    expect(passed(await attempts(second, 'address', '198.51.100.4', 12))).toBe(10);
  });

  it('counts one at a time as exactly as in a crowd', async () => {
    const limits = serverProcess({ personWritesPerMinute: 4 });
    const answers: string[] = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      answers.push(...(await attempts(limits, 'person', 'guest-1', 1)));
    }

    expect(answers).toEqual(['passed', 'passed', 'passed', 'passed', 'refused', 'refused']);
  });

  it('spends a limit with a lockout one point at a time, so the lockout starts at the attempt that crossed', async () => {
    const limits = serverProcess({ loginFailuresPerAccount: 3, lockoutMinutes: 15 });

    expect(await attempts(limits, 'loginFailures', 'account-9', 5)).toEqual([
      'passed',
      'passed',
      'passed',
      'refused',
      'refused',
    ]);
    const lockout = await limits.assertNotBlocked('loginFailures', 'account-9').catch((error: unknown) => error);
    expect(lockout).toBeInstanceOf(RateLimited);
    expect((lockout as RateLimited).retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect((await counterCommandsSoFar()).length).toBeGreaterThanOrEqual(5);
  });
});
