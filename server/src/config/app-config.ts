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
  /** Signs tokens and derives encryption keys; never has a default in production. */
  appSecret: string;
  /** Load the demo centres/staff at boot. Only ever on by default for the embedded database. */
  seedDemo: boolean;
  /** Run pending migrations at boot (under the migration lock); off by default in production, where a deploy step migrates. */
  migrateOnStart: boolean;
  /** The H5 build of the mini-program, served at `/`; absent in API-only deployments. */
  staticDir: string;
  logLevel: LogLevel;
  wechat: WechatConfig;
  /** Phone numbers of closed callbacks are erased this many days after closing. */
  callbackEraseAfterDays: number;
  /** What she wrote with a booking (topic, needs) is erased this many days after the consultation date. */
  bookingDetailsRetentionDays: number;
  /** Most bookings one person may hold at once (pending or confirmed, still to come). */
  activeBookingLimit: number;
  /** How long a place freed for the first woman on a waiting list is held for her. */
  waitlistOfferMinutes: number;
  tokenTtl: { wechatMinutes: number; guestDays: number; staffHours: number };
  /** Bearer token for `GET /metrics`; unset: there is no metrics endpoint at all (never an open one). */
  metricsToken: string | undefined;
}

export interface WechatConfig {
  /** Base URL of WeChat's API; tests point it at a fake server on 127.0.0.1. */
  apiBase: string;
  /** Unset outside WeChat deployments: WeChat login then answers 503 instead of calling out. */
  appId: string | undefined;
  appSecret: string | undefined;
  /** Subscribe-message template ids per notice (empty: that notice is not sent, the app shows it instead). */
  templates: { bookingResult?: string; reminder?: string; waitlistOffer?: string };
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
export function parseConfig(env: Env, defaults: { staticDir: string; cwd: string }): AppConfig {
  const problems: string[] = [];
  const production = env.NODE_ENV === 'production';

  const port = parseInteger('PORT', env.PORT, 3000, { min: 1, max: 65535 }, problems);
  const host = env.HOST?.trim() || '127.0.0.1';
  const database = parseDatabaseUrl(env.DATABASE_URL ?? 'sqlite:data/wac.sqlite', defaults.cwd, problems);

  let appSecret = env.APP_SECRET ?? '';
  if (appSecret === '') {
    if (production) {
      problems.push('APP_SECRET is required in production (at least 32 characters, e.g. `openssl rand -hex 32`)');
    }
    appSecret = DEV_SECRET;
  } else if (appSecret.length < 32) {
    problems.push('APP_SECRET must be at least 32 characters long');
  }

  const seedDemo = parseBoolean('SEED_DEMO', env.SEED_DEMO, database?.kind === 'sqlite' && !production, problems);
  const migrateOnStart = parseBoolean('MIGRATE_ON_START', env.MIGRATE_ON_START, !production, problems);

  const logLevel = (env.LOG_LEVEL ?? 'log') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) {
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${env.LOG_LEVEL}")`);
  }

  const wechat = parseWechat(env, problems);
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

  const metricsToken = env.METRICS_TOKEN || undefined;
  if (metricsToken !== undefined && metricsToken.length < 32) {
    problems.push('METRICS_TOKEN must be at least 32 characters long (e.g. `openssl rand -hex 32`)');
  }

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
    seedDemo,
    migrateOnStart,
    staticDir,
    logLevel,
    wechat,
    callbackEraseAfterDays,
    bookingDetailsRetentionDays,
    activeBookingLimit,
    waitlistOfferMinutes,
    tokenTtl,
    metricsToken,
  };
}

function parseWechat(env: Env, problems: string[]): WechatConfig {
  const apiBase = (env.WECHAT_API_BASE ?? 'https://api.weixin.qq.com').replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]+/.test(apiBase)) {
    problems.push(`WECHAT_API_BASE must be an http(s) URL (got "${env.WECHAT_API_BASE}")`);
  }
  const appId = env.WECHAT_APPID || undefined;
  const appSecret = env.WECHAT_SECRET || undefined;
  if ((appId === undefined) !== (appSecret === undefined)) {
    problems.push('WECHAT_APPID and WECHAT_SECRET must be set together');
  }
  const templates = {
    bookingResult: env.WECHAT_TEMPLATE_BOOKING_RESULT || undefined,
    reminder: env.WECHAT_TEMPLATE_REMINDER || undefined,
    waitlistOffer: env.WECHAT_TEMPLATE_WAITLIST_OFFER || undefined,
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
