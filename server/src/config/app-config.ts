import { isAbsolute, resolve } from 'node:path';

export type DatabaseConfig =
  | { kind: 'sqlite'; path: string }
  | { kind: 'mysql'; host: string; port: number; username: string; password: string; database: string };

export type LogLevel = 'error' | 'warn' | 'log' | 'debug';

export interface AppConfig {
  production: boolean;
  host: string;
  port: number;
  database: DatabaseConfig;
  /** Signs tokens and derives encryption keys; the development default only ever with the embedded SQLite demo. */
  appSecret: string;
  /** The secret before a rotation: what it encrypted, signed or hashed stays readable until re-encrypted. */
  appSecretPrevious: string | undefined;
  /** Load the demo centres/staff at boot. Only ever on by default for the embedded database. */
  seedDemo: boolean;
  /** Run pending migrations at boot (under the migration lock); off by default in production, where a deploy step migrates. */
  migrateOnStart: boolean;
  /** The H5 build of the mini-program, served at `/`; absent in API-only deployments. */
  staticDir: string;
  logLevel: LogLevel;
  wechat: WechatConfig;
  wecom: WecomConfig;
  /** A booking still pending after this many working hours is brought to the centre admin's attention. */
  escalateAfterWorkingHours: number;
  limits: LimitsConfig;
  /** A claimed callback with no call attempt for this long goes back to the queue. */
  claimLapseMinutes: number;
  /** Phone numbers of closed callbacks are erased this many days after closing. */
  callbackEraseAfterDays: number;
  /** What she wrote with a booking (topic, needs) is erased this many days after the consultation date. */
  bookingDetailsRetentionDays: number;
  /** Most bookings one person may hold at once (pending or confirmed, still to come). */
  activeBookingLimit: number;
  /** How long a place freed for the first woman on a waiting list is held for her. */
  waitlistOfferMinutes: number;
  /** City-level reports hide counts from 1 to one below this (and whatever would give them back). */
  reportSmallestShown: number;
  tokenTtl: { wechatMinutes: number; guestDays: number; staffHours: number };
  /** Background jobs (notices, sweeps): off only in tests that drive them by hand. */
  jobs: { enabled: boolean; tickSeconds: number };
  /** Bearer token for `GET /metrics`; unset: there is no metrics endpoint at all (never an open one). */
  metricsToken: string | undefined;
  /** Server processes sharing the port (node:cluster); more than one only with MySQL. */
  clusterWorkers: number;
  /**
   * The longest a MySQL query may take in a server process (a new connection: half of it): a hung database then
   * answers 503 DATABASE_UNAVAILABLE within seconds instead of holding every request (and health) with it.
   */
  databaseTimeoutMs: number;
}

export interface WechatConfig {
  /** Base URL of WeChat's API; tests point it at a fake server on 127.0.0.1. */
  apiBase: string;
  /** Unset outside WeChat deployments: WeChat login then answers 503 instead of calling out. */
  appId: string | undefined;
  appSecret: string | undefined;
  /** Subscribe-message template ids per notice (empty: that notice is not sent, the app shows it instead). */
  templates: { bookingResult?: string; reminder?: string; waitlistOffer?: string; staffAlert?: string };
}

/**
 * Limits against scripts, sized for women behind shared carrier addresses (per-address limits generous, combined
 * with per-person and per-account ones). Counters live in Redis when `redisUrl` is set (several processes), else in
 * the process (the embedded database serves one).
 */
export interface LimitsConfig {
  redisUrl: string | undefined;
  keyPrefix: string;
  /** Express `trust proxy`: which peers may tell a client's address in X-Forwarded-For (nginx in front). */
  trustProxy: string;
  addressPerMinute: number;
  personWritesPerMinute: number;
  guestSessionsPerHour: number;
  /** Leading zero bits the H5 guest login's proof of work needs (about a second on a phone at 16); 0: none. */
  guestPowBits: number;
  loginsPerAddressPer5Minutes: number;
  loginFailuresPerAccount: number;
  lockoutMinutes: number;
  codeLookupsPerAddressPerHour: number;
  codeLookupsPerSessionPerHour: number;
  numberRevealsPerHour: number;
  /** Share of a centre's places in its booking window that new H5 sessions of one address may hold unconfirmed. */
  newGuestPlacesPercent: number;
  /** Open callback requests new H5 sessions of one address may have at one centre. */
  newGuestCallbacksPerCentre: number;
}

export interface WecomConfig {
  /** Base URL of WeCom's API for group robots; tests point it at a fake server on 127.0.0.1. */
  apiBase: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

const DEV_SECRET = 'development-only-secret-do-not-use-in-production';
const LOG_LEVELS: readonly LogLevel[] = ['error', 'warn', 'log', 'debug'];

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Reads and validates the whole configuration once, at boot. Every problem is reported at once, each naming its
 * variable, so a bad deployment fails with one clear message instead of at the first request.
 */
export function parseConfig(
  env: Env,
  defaults: {
    staticDir: string;
    cwd: string;
    /** The server itself (not a command-line tool): what only serving requests needs is required too. */
    serving?: boolean;
  },
): AppConfig {
  const problems: string[] = [];
  const production = env.NODE_ENV === 'production';

  const port = parseInteger('PORT', env.PORT, 3000, { min: 1, max: 65535 }, problems);
  const host = env.HOST?.trim() || '127.0.0.1';
  const database = parseDatabaseUrl(env.DATABASE_URL ?? 'sqlite:data/wac.sqlite', defaults.cwd, problems);

  let appSecret = env.APP_SECRET ?? '';
  if (appSecret === '') {
    // The development secret is in the source: anything it protects is readable by anyone with the code.
    if (production || database?.kind !== 'sqlite') {
      problems.push(
        'APP_SECRET is required (at least 32 characters, e.g. `openssl rand -hex 32`): the development secret is ' +
          'only for the embedded SQLite demo, never in production or with a MySQL database',
      );
    }
    appSecret = DEV_SECRET;
  } else if (appSecret.length < 32) {
    problems.push('APP_SECRET must be at least 32 characters long');
  }
  const appSecretPrevious = env.APP_SECRET_PREVIOUS || undefined;
  if (appSecretPrevious !== undefined && (appSecretPrevious.length < 32 || appSecretPrevious === appSecret)) {
    problems.push('APP_SECRET_PREVIOUS must be the old secret (at least 32 characters) and differ from APP_SECRET');
  }

  const seedDemo = parseBoolean('SEED_DEMO', env.SEED_DEMO, database?.kind === 'sqlite' && !production, problems);
  const migrateOnStart = parseBoolean('MIGRATE_ON_START', env.MIGRATE_ON_START, !production, problems);

  const logLevel = (env.LOG_LEVEL ?? 'log') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) {
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${env.LOG_LEVEL}")`);
  }

  const wechat = parseWechat(env, problems);
  const wecom = {
    apiBase: parseBaseUrl('WECOM_API_BASE', env.WECOM_API_BASE, 'https://qyapi.weixin.qq.com', problems),
  };
  const limits = parseLimits(env, problems, {
    sharedStoreRequired: production && database?.kind === 'mysql' && defaults.serving === true,
  });
  const claimLapseMinutes = parseInteger(
    'CLAIM_LAPSE_MINUTES',
    env.CLAIM_LAPSE_MINUTES,
    30,
    { min: 5, max: 24 * 60 },
    problems,
  );
  const escalateAfterWorkingHours = parseInteger(
    'STAFF_ESCALATION_WORKING_HOURS',
    env.STAFF_ESCALATION_WORKING_HOURS,
    4,
    { min: 1, max: 40 },
    problems,
  );
  const callbackEraseAfterDays = parseInteger(
    'CALLBACK_ERASE_AFTER_DAYS',
    env.CALLBACK_ERASE_AFTER_DAYS,
    30,
    { min: 0, max: 365 },
    problems,
  );
  const bookingDetailsRetentionDays = parseInteger(
    'BOOKING_DETAILS_RETENTION_DAYS',
    env.BOOKING_DETAILS_RETENTION_DAYS,
    30,
    { min: 0, max: 365 },
    problems,
  );
  const activeBookingLimit = parseInteger(
    'BOOKING_LIMIT_PER_PERSON',
    env.BOOKING_LIMIT_PER_PERSON,
    2,
    { min: 1, max: 10 },
    problems,
  );
  const reportSmallestShown = parseInteger(
    'REPORT_SMALLEST_SHOWN',
    env.REPORT_SMALLEST_SHOWN,
    5,
    { min: 2, max: 50 },
    problems,
  );
  const waitlistOfferMinutes = parseInteger(
    'WAITLIST_OFFER_MINUTES',
    env.WAITLIST_OFFER_MINUTES,
    120,
    { min: 5, max: 24 * 60 },
    problems,
  );
  const tokenTtl = {
    wechatMinutes: parseInteger(
      'WECHAT_TOKEN_TTL_MINUTES',
      env.WECHAT_TOKEN_TTL_MINUTES,
      120,
      { min: 5, max: 7 * 24 * 60 },
      problems,
    ),
    guestDays: parseInteger('GUEST_TOKEN_TTL_DAYS', env.GUEST_TOKEN_TTL_DAYS, 30, { min: 1, max: 90 }, problems),
    staffHours: parseInteger('STAFF_TOKEN_TTL_HOURS', env.STAFF_TOKEN_TTL_HOURS, 12, { min: 1, max: 72 }, problems),
  };

  const jobs = {
    enabled: parseBoolean('JOBS_ENABLED', env.JOBS_ENABLED, true, problems),
    tickSeconds: parseInteger('JOB_TICK_SECONDS', env.JOB_TICK_SECONDS, 5, { min: 1, max: 300 }, problems),
  };
  const metricsToken = env.METRICS_TOKEN || undefined;
  if (metricsToken !== undefined && metricsToken.length < 32) {
    problems.push('METRICS_TOKEN must be at least 32 characters long (e.g. `openssl rand -hex 32`)');
  }
  const clusterWorkers = parseInteger('CLUSTER_WORKERS', env.CLUSTER_WORKERS, 1, { min: 1, max: 64 }, problems);
  if (clusterWorkers > 1 && database?.kind === 'sqlite') {
    problems.push(
      'CLUSTER_WORKERS must be 1 with the embedded SQLite database (one process per database file); ' +
        'use DATABASE_URL=mysql://… to run several processes',
    );
  }

  const databaseTimeoutMs = parseInteger(
    'DATABASE_TIMEOUT_MS',
    env.DATABASE_TIMEOUT_MS,
    4000,
    { min: 200, max: 60_000 },
    problems,
  );

  if (problems.length > 0 || database === undefined) {
    throw new ConfigError(problems);
  }
  const staticDir = env.STATIC_DIR ? resolve(defaults.cwd, env.STATIC_DIR) : defaults.staticDir;
  return {
    production,
    host,
    port,
    database,
    appSecret,
    appSecretPrevious,
    seedDemo,
    migrateOnStart,
    staticDir,
    logLevel,
    wechat,
    wecom,
    escalateAfterWorkingHours,
    limits,
    claimLapseMinutes,
    callbackEraseAfterDays,
    bookingDetailsRetentionDays,
    activeBookingLimit,
    waitlistOfferMinutes,
    reportSmallestShown,
    tokenTtl,
    jobs,
    metricsToken,
    clusterWorkers,
    databaseTimeoutMs,
  };
}

function parseLimits(env: Env, problems: string[], deployment: { sharedStoreRequired: boolean }): LimitsConfig {
  const redisUrl = env.REDIS_URL || undefined;
  if (redisUrl !== undefined && !/^rediss?:\/\/[^/]+/.test(redisUrl)) {
    problems.push(`REDIS_URL must be a redis:// URL (got "${redisUrl}")`);
  }
  if (redisUrl === undefined && deployment.sharedStoreRequired) {
    problems.push('REDIS_URL is required in production with MySQL: rate limits must hold across every server process');
  }
  const limit = (name: string, fallback: number, max: number) =>
    parseInteger(name, env[name], fallback, { min: 1, max }, problems);
  return {
    redisUrl,
    keyPrefix: env.RATE_LIMIT_PREFIX || 'wac:',
    trustProxy: env.TRUST_PROXY || 'loopback',
    addressPerMinute: limit('LIMIT_ADDRESS_PER_MINUTE', 600, 1_000_000),
    personWritesPerMinute: limit('LIMIT_PERSON_WRITES_PER_MINUTE', 30, 1_000_000),
    guestSessionsPerHour: limit('LIMIT_GUEST_SESSIONS_PER_HOUR', 20, 1_000_000),
    guestPowBits: parseInteger('GUEST_POW_BITS', env.GUEST_POW_BITS, 16, { min: 0, max: 24 }, problems),
    loginsPerAddressPer5Minutes: limit('LIMIT_LOGINS_PER_ADDRESS_PER_5_MINUTES', 30, 1_000_000),
    loginFailuresPerAccount: limit('LIMIT_LOGIN_FAILURES_PER_ACCOUNT', 10, 1000),
    lockoutMinutes: limit('LOGIN_LOCKOUT_MINUTES', 15, 24 * 60),
    codeLookupsPerAddressPerHour: limit('LIMIT_CODE_LOOKUPS_PER_HOUR', 30, 1_000_000),
    codeLookupsPerSessionPerHour: limit('LIMIT_CODE_LOOKUPS_PER_SESSION_PER_HOUR', 10, 1_000_000),
    numberRevealsPerHour: limit('LIMIT_NUMBER_REVEALS_PER_HOUR', 20, 10_000),
    newGuestPlacesPercent: limit('LIMIT_NEW_GUEST_PLACES_PERCENT', 10, 100),
    newGuestCallbacksPerCentre: limit('LIMIT_NEW_GUEST_CALLBACKS_PER_CENTRE', 5, 10_000),
  };
}

function parseBaseUrl(name: string, raw: string | undefined, fallback: string, problems: string[]): string {
  const url = (raw ?? fallback).replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]+/.test(url)) {
    problems.push(`${name} must be an http(s) URL (got "${raw}")`);
  }
  return url;
}

function parseWechat(env: Env, problems: string[]): WechatConfig {
  const apiBase = parseBaseUrl('WECHAT_API_BASE', env.WECHAT_API_BASE, 'https://api.weixin.qq.com', problems);
  const appId = env.WECHAT_APPID || undefined;
  const appSecret = env.WECHAT_SECRET || undefined;
  if ((appId === undefined) !== (appSecret === undefined)) {
    problems.push('WECHAT_APPID and WECHAT_SECRET must be set together');
  }
  const templates = {
    bookingResult: env.WECHAT_TEMPLATE_BOOKING_RESULT || undefined,
    reminder: env.WECHAT_TEMPLATE_REMINDER || undefined,
    waitlistOffer: env.WECHAT_TEMPLATE_WAITLIST_OFFER || undefined,
    staffAlert: env.WECHAT_TEMPLATE_STAFF_ALERT || undefined,
  };
  return { apiBase, appId, appSecret, templates };
}

function parseInteger(
  name: string,
  raw: string | undefined,
  fallback: number,
  range: { min: number; max: number },
  problems: string[],
): number {
  if (raw === undefined || raw === '') {
    return fallback;
  }
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < range.min || value > range.max) {
    problems.push(`${name} must be a whole number from ${range.min} to ${range.max} (got "${raw}")`);
    return fallback;
  }
  return value;
}

function parseBoolean(name: string, raw: string | undefined, fallback: boolean, problems: string[]): boolean {
  if (raw === undefined || raw === '') {
    return fallback;
  }
  if (raw === 'true' || raw === '1') {
    return true;
  }
  if (raw === 'false' || raw === '0') {
    return false;
  }
  problems.push(`${name} must be true or false (got "${raw}")`);
  return fallback;
}

/** Accepts `sqlite:<file>` (relative to the working directory) or `mysql://user:password@host:port/database`. */
export function parseDatabaseUrl(raw: string, cwd: string, problems: string[]): DatabaseConfig | undefined {
  if (raw.startsWith('sqlite:')) {
    const path = raw.slice('sqlite:'.length);
    if (path === '') {
      problems.push('DATABASE_URL sqlite:<file> needs a file path (e.g. sqlite:data/wac.sqlite)');
      return undefined;
    }
    return { kind: 'sqlite', path: path === ':memory:' || isAbsolute(path) ? path : resolve(cwd, path) };
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    problems.push(
      'DATABASE_URL is not a valid URL (expected mysql://user:password@host:3306/database or sqlite:<file>)',
    );
    return undefined;
  }
  if (url.protocol !== 'mysql:' && url.protocol !== 'mariadb:') {
    problems.push(`DATABASE_URL must start with mysql:// or sqlite: (got "${url.protocol}")`);
    return undefined;
  }
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (url.hostname === '' || database === '') {
    problems.push('DATABASE_URL must name a host and a database (mysql://user:password@host:3306/database)');
    return undefined;
  }
  const port = url.port === '' ? 3306 : Number(url.port);
  return {
    kind: 'mysql',
    host: url.hostname,
    port,
    username: decodeURIComponent(url.username) || 'root',
    password: decodeURIComponent(url.password),
    database,
  };
}
