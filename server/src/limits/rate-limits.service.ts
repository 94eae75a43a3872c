import { Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { SharedReads } from '../cache/shared-reads.js';
import { DomainError } from '../common/errors/domain-error.js';
import type { LimitsConfig } from '../config/app-config.js';

/** Every limit the server applies, by name; their sizes come from the configuration (see the README). */
export type LimitName =
  | 'address'
  | 'person'
  | 'guestSessions'
  | 'loginsPerAddress'
  | 'loginFailures'
  | 'codeLookups'
  | 'codeLookupsPerSession'
  | 'numberReveals';

interface Policy {
  points: (limits: LimitsConfig) => number;
  durationSeconds: number;
  /** Once spent, the key stays refused this long (a lockout), not just until the window ends. */
  blockSeconds?: (limits: LimitsConfig) => number;
}

const POLICIES: Record<LimitName, Policy> = {
  address: { points: (l) => l.addressPerMinute, durationSeconds: 60 },
  person: { points: (l) => l.personWritesPerMinute, durationSeconds: 60 },
  guestSessions: { points: (l) => l.guestSessionsPerHour, durationSeconds: 3600 },
  loginsPerAddress: { points: (l) => l.loginsPerAddressPer5Minutes, durationSeconds: 300 },
  loginFailures: {
    points: (l) => l.loginFailuresPerAccount,
    durationSeconds: 15 * 60,
    blockSeconds: (l) => l.lockoutMinutes * 60,
  },
  codeLookups: { points: (l) => l.codeLookupsPerAddressPerHour, durationSeconds: 3600 },
  codeLookupsPerSession: { points: (l) => l.codeLookupsPerSessionPerHour, durationSeconds: 3600 },
  numberReveals: { points: (l) => l.numberRevealsPerHour, durationSeconds: 3600 },
};

export class RateLimited extends DomainError {
  override readonly retryAfterSeconds: number;

  constructor(retryAfterSeconds: number) {
    super('RATE_LIMITED', 'Too many requests; please wait a little and try again');
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/**
 * Limits that hold across every server process: counters in Redis when REDIS_URL is set (what a deployment with
 * several processes must have), in memory for the embedded single process. Built on rate-limiter-flexible, whose
 * Redis counters are atomic (one Lua script per consumption). Made by `LimitsModule`, which loads the Redis client
 * only when there is a Redis to talk to.
 */
export class RateLimits implements OnApplicationShutdown {
  private readonly logger = new Logger('limits');
  private readonly limiters: Record<LimitName, RateLimiterAbstract>;
  private readonly keyPrefix: string;
  /** Single-use keys of the embedded process, with when each may be forgotten. */
  private readonly usedInMemory = new Map<string, number>();
  /**
   * The points asked of one Redis counter in one event-loop turn, spent with one command (shared the way reads are:
   * see SharedReads). Many women behind one carrier address, or a flood from one, then cost one round trip a turn.
   */
  private readonly redisSpends = new SharedReads<RateLimiterRes, { points: number }>(() => ({ points: 0 }));

  constructor(
    limits: LimitsConfig,
    private readonly redis: Redis | undefined,
  ) {
    this.keyPrefix = limits.keyPrefix;
    this.redis?.on('error', (error: Error) => this.logger.warn({ msg: 'redis unavailable', error: error.name }));
    const build = (name: LimitName, policy: Policy): RateLimiterAbstract => {
      const options = {
        keyPrefix: `${limits.keyPrefix}${name}`,
        points: policy.points(limits),
        duration: policy.durationSeconds,
        blockDuration: policy.blockSeconds?.(limits) ?? 0,
      };
      // If Redis fails, each process keeps limiting on its own rather than letting everything through.
      return this.redis
        ? new RateLimiterRedis({
            ...options,
            storeClient: this.redis,
            insuranceLimiter: new RateLimiterMemory(options),
          })
        : new RateLimiterMemory(options);
    };
    this.limiters = Object.fromEntries(
      (Object.keys(POLICIES) as LimitName[]).map((name) => [name, build(name, POLICIES[name])]),
    ) as Record<LimitName, RateLimiterAbstract>;
  }

  /** Spends one point of `name` for `key`; a RateLimited error (429, with Retry-After) when none is left. */
  async consume(name: LimitName, key: string): Promise<void> {
    if (this.redis && !POLICIES[name].blockSeconds) {
      return this.consumeWithTurn(name, key);
    }
    try {
      await this.limiters[name].consume(key);
    } catch (error) {
      if (error instanceof RateLimiterRes) {
        throw new RateLimited(retryAfterSeconds(error));
      }
      throw error;
    }
  }

  /**
   * Adds her point to those asked of the same counter in this turn; Redis adds them all at once (INCRBY, atomic
   * across processes) and answers the count after them. The turn's requests count in the order they asked, so the
   * answers are the ones one command each would have given: the first ones up to the limit pass, the rest are
   * refused. (Limits with a lockout spend one point at a time: their block starts at the point that crossed.)
   */
  private async consumeWithTurn(name: LimitName, key: string): Promise<void> {
    const limiter = this.limiters[name];
    const { batch, result } = this.redisSpends.join(`${name}\n${key}`, ({ points }) =>
      limiter.consume(key, points).catch((refused: unknown) => {
        if (refused instanceof RateLimiterRes) {
          return refused;
        }
        throw refused;
      }),
    );
    const place = ++batch.points;
    const after = await result;
    if (after.consumedPoints - batch.points + place > limiter.points) {
      throw new RateLimited(retryAfterSeconds(after));
    }
  }

  /**
   * One look-up by short code, counted for the address and for her session alike, so neither many sessions from one
   * address nor one session through many addresses can try codes for long.
   */
  async consumeCodeLookup(address: string, clientId: string): Promise<void> {
    await this.consume('codeLookups', address);
    await this.consume('codeLookupsPerSession', clientId);
  }

  /** Refuses (without spending) while `key` has nothing left of `name`, e.g. an account locked after failures. */
  async assertNotBlocked(name: LimitName, key: string): Promise<void> {
    const state = await this.limiters[name].get(key);
    if (state && state.remainingPoints <= 0 && state.msBeforeNext > 0) {
      throw new RateLimited(retryAfterSeconds(state));
    }
  }

  /** Forgets `key`'s count of `name` (a good login clears the failures before it). */
  async reset(name: LimitName, key: string): Promise<void> {
    await this.limiters[name].delete(key);
  }

  /** How the shared store is doing, for readiness and the operator. */
  get store(): 'redis' | 'memory' {
    return this.redis ? 'redis' : 'memory';
  }

  /**
   * Marks `key` used for `ttlMs` and says whether it was still unused: single-use tokens (a solved proof of work)
   * across every process.
   */
  async useOnce(key: string, ttlMs: number): Promise<boolean> {
    if (this.redis) {
      return (await this.redis.set(`${this.keyPrefix}once:${key}`, '1', 'PX', ttlMs, 'NX')) === 'OK';
    }
    const now = Date.now();
    for (const [used, until] of this.usedInMemory) {
      if (until <= now) {
        this.usedInMemory.delete(used);
      }
    }
    if (this.usedInMemory.has(key)) {
      return false;
    }
    this.usedInMemory.set(key, now + ttlMs);
    return true;
  }

  async onApplicationShutdown(): Promise<void> {
    // QUIT lets the commands already sent finish; a client that never reached Redis keeps trying to connect until
    // told to stop, which would keep the process alive after the application closed.
    await this.redis?.quit().catch(() => undefined);
    this.redis?.disconnect();
  }
}

const retryAfterSeconds = (state: RateLimiterRes) => Math.max(1, Math.ceil(state.msBeforeNext / 1000));
