import { readFileSync } from 'node:fs';
import { parseConfig } from './app-config.js';

/** Every variable parseConfig looks at, found by letting it read from an environment that records the reads. */
function variablesRead(base: Record<string, string>): Set<string> {
  const read = new Set<string>();
  const env = new Proxy(base, {
    get(target, name) {
      if (typeof name === 'string') {
        read.add(name);
      }
      return target[name as string];
    },
  });
  try {
    parseConfig(env, { cwd: '/srv/wac', staticDir: '/srv/wac/h5' });
  } catch {
    // A refused configuration still shows what was read.
  }
  return read;
}

describe('.env.example', () => {
  const example = readFileSync(new URL('../../../.env.example', import.meta.url), 'utf8');
  const documented = new Set([...example.matchAll(/^#?([A-Z][A-Z0-9_]*)=/gm)].map((match) => match[1]));

  it('lists every variable the server reads, each with a line explaining it', () => {
    const read = new Set([
      ...variablesRead({}),
      ...variablesRead({ NODE_ENV: 'production', DATABASE_URL: 'mysql://wac@db/wac', APP_SECRET: 'x'.repeat(40) }),
    ]);
    expect(read.size).toBeGreaterThan(20);
    expect([...read].filter((name) => !documented.has(name))).toEqual([]);
    for (const name of read) {
      const line = example.split('\n').findIndex((l) => new RegExp(`^#?${name}=`).test(l));
      expect(example.split('\n')[line - 1]).toMatch(/^#/);
    }
  });

  it('holds no secret values', () => {
    for (const name of [
      'APP_SECRET',
      'DATABASE_URL',
      'MYSQL_PASSWORD',
      'MYSQL_ROOT_PASSWORD',
      'WECHAT_SECRET',
      'METRICS_TOKEN',
    ]) {
      expect(example).toMatch(new RegExp(`^#?${name}=$`, 'm'));
    }
  });
});
