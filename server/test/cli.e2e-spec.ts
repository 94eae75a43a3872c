import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import request from 'supertest';
import { createApp } from '../src/app.factory.js';
import { parseConfig } from '../src/config/app-config.js';
import { TEST_DB } from './support/test-app.js';
import { testTempDir } from './support/temp-dir.js';

const CLI = fileURLToPath(new URL('../dist/cli/create-user.js', import.meta.url));
const describeBuilt = TEST_DB === 'sqlite' && existsSync(CLI) ? describe : describe.skip;

/** The production way to create logins: run against a fresh embedded database, then log in through the API. */
describeBuilt('create-user CLI', () => {
  const databaseUrl = `sqlite:${join(testTempDir('wac-cli-'), 'cli.sqlite')}`;
  const run = (args: string[], password: string) =>
    spawnSync(process.execPath, [CLI, ...args], {
      input: `${password}\n`,
      env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'error' },
      encoding: 'utf8',
    });

  it('creates a city admin and a centre admin who can then log in', async () => {
    const cityAdmin = run(['--username', 'chen.city', '--role', 'city_admin'], 'a-very-long-password');
    expect(cityAdmin.status).toBe(0);
    expect(cityAdmin.stdout).toContain('Created city_admin "chen.city"');
    expect(cityAdmin.stdout + cityAdmin.stderr).not.toContain('a-very-long-password');
    expect(
      run(['--username', 'lin.jinjiang', '--role', 'centre_admin', '--centre', 'jinjiang'], 'another-long-password')
        .status,
    ).toBe(0);

    const app = await createApp(
      parseConfig({ DATABASE_URL: databaseUrl, SEED_DEMO: 'false' }, { cwd: process.cwd(), staticDir: '/nonexistent' }),
      { logger: false },
    );
    await app.init();
    try {
      const login = await request(app.getHttpServer())
        .post('/api/auth/login')
        .send({ username: 'lin.jinjiang', password: 'another-long-password' })
        .expect(200);
      expect(login.body).toMatchObject({ role: 'centre_admin', centreCode: 'jinjiang' });
    } finally {
      await app.close();
    }
  });

  it.each([
    [['--username', 'x', '--role', 'city_admin'], 'a-very-long-password', 'username'],
    [['--username', 'wang.x', '--role', 'staff'], 'a-very-long-password', 'centreCode'],
    [['--username', 'wang.y', '--role', 'staff', '--centre', 'atlantis'], 'a-very-long-password', 'centreCode'],
    [['--username', 'wang.z', '--role', 'city_admin'], 'short', 'password'],
    [['--username', 'chen.city', '--role', 'city_admin'], 'a-very-long-password', 'already taken'],
  ])('refuses %j with a message naming the problem', (args, password, problem) => {
    const result = run(args, password);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(problem);
  });

  it('prints its usage without arguments', () => {
    const result = spawnSync(process.execPath, [CLI], {
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: databaseUrl },
    });
    expect(result.status).toBe(2);
    expect(result.stdout).toContain('--username NAME --role');
  });
});
