import { ConfigError, parseConfig } from './app-config.js';

const defaults = { cwd: '/srv/wac', staticDir: '/srv/wac/miniapp/dist/h5' };
const problemsOf = (env: Record<string, string>) => {
  try {
    parseConfig(env, defaults);
  } catch (error) {
    if (error instanceof ConfigError) {
      return error.problems.join('\n');
    }
    throw error;
  }
  throw new Error('expected the configuration to be refused');
};

describe('parseConfig', () => {
  it('defaults to the embedded SQLite database under data/, port 3000 on 127.0.0.1, with the demo seed', () => {
    const config = parseConfig({}, defaults);
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 3000,
      production: false,
      seedDemo: true,
      migrateOnStart: true,
      database: { kind: 'sqlite', path: '/srv/wac/data/wac.sqlite' },
      staticDir: defaults.staticDir,
    });
  });

  it('reads a MySQL URL, with the demo seed off by default', () => {
    const config = parseConfig(
      {
        DATABASE_URL: 'mysql://app:s%40cret@db.internal:3307/wac',
        PORT: '8080',
        HOST: '0.0.0.0',
        APP_SECRET: 'k'.repeat(32),
      },
      defaults,
    );
    expect(config.database).toEqual({
      kind: 'mysql',
      host: 'db.internal',
      port: 3307,
      username: 'app',
      password: 's@cret',
      database: 'wac',
    });
    expect(config).toMatchObject({ port: 8080, host: '0.0.0.0', seedDemo: false });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '0' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ PORT: '80.5' }, 'PORT'],
    [{ DATABASE_URL: 'postgres://localhost/db' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'mysql://localhost' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'sqlite:' }, 'DATABASE_URL'],
    [{ APP_SECRET: 'short' }, 'APP_SECRET'],
    [{ SEED_DEMO: 'yes please' }, 'SEED_DEMO'],
    [{ MIGRATE_ON_START: 'maybe' }, 'MIGRATE_ON_START'],
    [{ LOG_LEVEL: 'verbose' }, 'LOG_LEVEL'],
    [{ METRICS_TOKEN: 'too-short-to-guess-safely' }, 'METRICS_TOKEN'],
    [{ CLUSTER_WORKERS: '0' }, 'CLUSTER_WORKERS'],
    [{ CLUSTER_WORKERS: 'two' }, 'CLUSTER_WORKERS'],
    [{ CLUSTER_WORKERS: '2' }, 'CLUSTER_WORKERS must be 1 with the embedded SQLite database'],
    [{ CLUSTER_WORKERS: '2', DATABASE_URL: 'sqlite:/tmp/x.sqlite' }, 'CLUSTER_WORKERS'],
  ])('refuses %j and names %s', (env, variable) => {
    expect(problemsOf(env)).toContain(variable);
  });

  it('runs one server process unless told otherwise, and several only on MySQL', () => {
    expect(parseConfig({}, defaults).clusterWorkers).toBe(1);
    expect(
      parseConfig({ DATABASE_URL: 'mysql://root@db/wac', APP_SECRET: 'x'.repeat(32), CLUSTER_WORKERS: '4' }, defaults)
        .clusterWorkers,
    ).toBe(4);
  });

  it('has no production default for the secret', () => {
    expect(problemsOf({ NODE_ENV: 'production', DATABASE_URL: 'mysql://root@db/wac' })).toContain(
      'APP_SECRET is required',
    );
    const config = parseConfig(
      {
        NODE_ENV: 'production',
        DATABASE_URL: 'mysql://root@db/wac',
        APP_SECRET: 'x'.repeat(32),
        REDIS_URL: 'redis://cache:6379',
      },
      defaults,
    );
    expect(config.appSecret).toBe('x'.repeat(32));
  });

  it('uses the development secret only with the embedded SQLite demo, never with MySQL', () => {
    expect(parseConfig({}, defaults).appSecret.length).toBeGreaterThanOrEqual(32);
    expect(problemsOf({ DATABASE_URL: 'mysql://root@127.0.0.1:3306/wac' })).toContain('APP_SECRET is required');
    expect(problemsOf({ DATABASE_URL: 'mysql://root@127.0.0.1:3306/wac' })).toContain('embedded SQLite demo');
  });

  it('takes the previous secret during a rotation, only when it is a different, long enough secret', () => {
    const secret = 'a'.repeat(40);
    expect(parseConfig({ APP_SECRET: secret, APP_SECRET_PREVIOUS: 'b'.repeat(40) }, defaults).appSecretPrevious).toBe(
      'b'.repeat(40),
    );
    expect(problemsOf({ APP_SECRET: secret, APP_SECRET_PREVIOUS: secret })).toContain('APP_SECRET_PREVIOUS');
    expect(problemsOf({ APP_SECRET: secret, APP_SECRET_PREVIOUS: 'short' })).toContain('APP_SECRET_PREVIOUS');
  });

  it('wants a shared store for the limits when several processes serve MySQL in production', () => {
    const env = { NODE_ENV: 'production', DATABASE_URL: 'mysql://root@db/wac', APP_SECRET: 'x'.repeat(32) };
    const serving = (values: Record<string, string>) => {
      try {
        parseConfig(values, { ...defaults, serving: true });
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    };
    expect(serving(env)).toContain('REDIS_URL is required');
    expect(() => parseConfig(env, defaults)).not.toThrow(); // a command-line tool (migrate, backup) needs no store
    expect(serving({ ...env, REDIS_URL: 'http://cache' })).toContain('REDIS_URL must be a redis:// URL');
    expect(parseConfig({ ...env, REDIS_URL: 'redis://cache:6379/0' }, defaults).limits.redisUrl).toBe(
      'redis://cache:6379/0',
    );
  });

  it('never seeds demo data in production unless asked, even on SQLite', () => {
    const config = parseConfig({ NODE_ENV: 'production', APP_SECRET: 'x'.repeat(40) }, defaults);
    expect(config.seedDemo).toBe(false);
  });

  it('leaves migrations to the deploy step in production, and migrates at boot elsewhere unless told', () => {
    const production = { NODE_ENV: 'production', APP_SECRET: 'x'.repeat(40) };
    expect(parseConfig(production, defaults).migrateOnStart).toBe(false);
    expect(parseConfig({ ...production, MIGRATE_ON_START: 'true' }, defaults).migrateOnStart).toBe(true);
    expect(parseConfig({}, defaults).migrateOnStart).toBe(true);
    expect(parseConfig({ MIGRATE_ON_START: 'false' }, defaults).migrateOnStart).toBe(false);
  });

  it('has no metrics endpoint unless a long enough token guards it', () => {
    expect(parseConfig({}, defaults).metricsToken).toBeUndefined();
    expect(parseConfig({ METRICS_TOKEN: '' }, defaults).metricsToken).toBeUndefined();
    expect(parseConfig({ METRICS_TOKEN: 'm'.repeat(32) }, defaults).metricsToken).toBe('m'.repeat(32));
  });

  it('reports every problem at once', () => {
    const problems = problemsOf({ PORT: '-1', DATABASE_URL: 'ftp://x/y', LOG_LEVEL: 'loud' });
    expect(problems).toContain('PORT');
    expect(problems).toContain('DATABASE_URL');
    expect(problems).toContain('LOG_LEVEL');
  });
});
