import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OpenAPIObject } from '@nestjs/swagger';
import { openApiToTypeScript } from '../src/contract/openapi-to-typescript.js';
import { apiClient } from './support/api-client.js';
import { freshDatabaseUrl, runNode, startServerProcess } from './support/processes.js';
import { TEST_DB } from './support/test-app.js';
import { testTempDir } from './support/temp-dir.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SERVER_PACKAGE = JSON.parse(readFileSync(join(ROOT, 'server/package.json'), 'utf8')) as {
  devDependencies: Record<string, string>;
};

/**
 * `npm test` makes the bundle once (scripts/release.mjs --no-build, from the builds it made) and passes its folder
 * in RELEASE_DIR. Run alone, this test packs one itself from the existing builds, or is skipped without them.
 */
function releaseTarball(): string | undefined {
  let folder = process.env.RELEASE_DIR;
  if (folder === undefined) {
    if (!existsSync(join(ROOT, 'server/dist/main.js')) || !existsSync(join(ROOT, 'miniapp/dist/h5/index.html'))) {
      return undefined;
    }
    folder = testTempDir('wac-release-');
    execFileSync(process.execPath, [join(ROOT, 'scripts/release.mjs'), '--no-build', '--out', folder], {
      stdio: 'inherit',
    });
  }
  const tarball = readdirSync(folder).find((file) => file.endsWith('.tar.gz'));
  if (tarball === undefined) {
    throw new Error(`no release tarball in ${folder}`);
  }
  return join(folder, tarball);
}

const tarball = releaseTarball();
const describeWithBundle = tarball ? describe : describe.skip;

/** package.json of every package in a node_modules folder (scoped ones included). */
function packagesIn(nodeModules: string): { name: string; manifest: Record<string, Record<string, string>> }[] {
  return readdirSync(nodeModules)
    .filter((entry) => !entry.startsWith('.'))
    .flatMap((entry) =>
      entry.startsWith('@') ? readdirSync(join(nodeModules, entry)).map((name) => `${entry}/${name}`) : [entry],
    )
    .filter((name) => existsSync(join(nodeModules, name, 'package.json')))
    .map((name) => ({
      name,
      manifest: JSON.parse(readFileSync(join(nodeModules, name, 'package.json'), 'utf8')) as Record<
        string,
        Record<string, string>
      >,
    }));
}

/** The release bundle unpacked into an empty folder and run from there, as a host or the image runs it. */
describeWithBundle(`release bundle (${TEST_DB})`, () => {
  const folder = testTempDir('wac-unpacked-');
  const bundle = join(folder, 'wac');
  beforeAll(() => {
    execFileSync('tar', ['-xzf', tarball!, '-C', folder]);
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  /** The unpacked bundle's own start script, ready once its readiness check answers. */
  const startUnpacked = (env: Record<string, string>) =>
    startServerProcess({ command: [join(bundle, 'start.sh')], cwd: bundle, env, readyPath: '/api/health/ready' });

  it('holds the builds and production dependencies only, with the native SQLite module', () => {
    expect(readdirSync(bundle).sort()).toEqual(
      ['RELEASE.json', 'healthcheck.mjs', 'miniapp', 'package.json', 'server', 'start.sh'].sort(),
    );
    expect(readdirSync(join(bundle, 'server')).sort()).toEqual(['dist', 'node_modules', 'package.json']);
    expect(existsSync(join(bundle, 'miniapp/dist/h5/index.html'))).toBe(true);
    expect(
      statSync(join(bundle, 'server/node_modules/better-sqlite3/build/Release/better_sqlite3.node')).size,
    ).toBeGreaterThan(0);
    expect(readdirSync(join(bundle, 'server/node_modules/better-sqlite3/build/Release'))).toEqual([
      'better_sqlite3.node',
    ]);
    expect(JSON.parse(readFileSync(join(bundle, 'RELEASE.json'), 'utf8'))).toMatchObject({
      nodeAbi: process.versions.modules,
    });

    // A devDependency of the server may be there only because a production package depends on it
    // (@nestjs/swagger's optional peer typescript, exceljs' @types/node), never for its own sake.
    const installed = packagesIn(join(bundle, 'server/node_modules'));
    const wantedBy = (name: string) =>
      installed.filter(
        ({ name: other, manifest }) =>
          other !== name &&
          [manifest.dependencies, manifest.peerDependencies, manifest.optionalDependencies].some(
            (deps) => deps !== undefined && name in deps,
          ),
      );
    const strays = Object.keys(SERVER_PACKAGE.devDependencies).filter(
      (name) => installed.some((p) => p.name === name) && wantedBy(name).length === 0,
    );
    expect(strays).toEqual([]);
    for (const tool of ['jest', '@nestjs/cli', '@nestjs/testing', '@swc/core', '@swc/cli', 'supertest', 'eslint']) {
      expect(existsSync(join(bundle, 'server/node_modules', tool))).toBe(false);
    }
  });

  it('migrates, starts, answers its health checks, serves the H5 app and takes a booking, from its own files', async () => {
    const databaseUrl = TEST_DB === 'sqlite' ? 'sqlite:data/wac.sqlite' : await freshDatabaseUrl();
    const env = {
      NODE_ENV: 'production',
      APP_SECRET: randomBytes(32).toString('hex'),
      DATABASE_URL: databaseUrl,
      SEED_DEMO: 'true',
      LOG_LEVEL: 'warn',
    };
    const migrate = await runNode(join(bundle, 'server/dist/database/cli/migrate.js'), [], env, { cwd: bundle });
    expect(migrate.stderr).toBe('');
    expect(migrate.code).toBe(0);

    // Production: MIGRATE_ON_START is off; the migration above was the deploy step.
    const server = await startUnpacked(env);
    try {
      const health = await fetch(`${server.url}/api/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: 'ok', database: 'up' });
      const page = await fetch(`${server.url}/`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toContain('text/html');
      const probe = await runNode(join(bundle, 'healthcheck.mjs'), [], { PORT: String(server.port) });
      expect(probe.code).toBe(0);

      const api = apiClient(server.url);
      const admin = await api.login('admin', 'demo-admin-2026');
      const [date] = await api.openDays(admin, ['jinjiang'], 2, 2);
      const [slot] = await api.freeSlots(['jinjiang'], date!, date!);
      const booking = await api.book(await api.guestToken(), slot!);
      expect(booking).toMatchObject({ centreCode: 'jinjiang', date, status: 'pending' });
    } finally {
      expect(await server.stop()).toBe(0);
    }
    if (TEST_DB === 'sqlite') {
      expect(existsSync(join(bundle, 'data/wac.sqlite'))).toBe(true);
    }
  });

  // server/dist/main.js is one esbuild bundle of the server and its packages (server/bundle.mjs): what a bundle can
  // lose, and the tests of the source (run by Jest, unbundled) would not see.
  it('runs as one bundle: input checks, the API docs and the whole contract as the source has them', async () => {
    const server = await startUnpacked({
      NODE_ENV: 'production',
      APP_SECRET: randomBytes(32).toString('hex'),
      DATABASE_URL: TEST_DB === 'sqlite' ? 'sqlite:data/contract.sqlite' : await freshDatabaseUrl(),
      MIGRATE_ON_START: 'true',
      LOG_LEVEL: 'warn',
    });
    try {
      // class-transformer and class-validator, which NestJS loads with import(): a 400 naming the field, not a 500.
      const invalid = await fetch(`${server.url}/api/centres?lat=north&lng=118.6`);
      expect(invalid.status).toBe(400);
      expect(await invalid.json()).toMatchObject({ fields: [{ field: 'lat', reason: 'must be a number' }] });
      // swagger-ui-dist's files, which it reads from its own package folder.
      const docsPage = await fetch(`${server.url}/api/docs/swagger-ui-bundle.js`);
      expect(docsPage.status).toBe(200);
      expect((await docsPage.text()).length).toBeGreaterThan(100_000);
      // Every DTO's decorators, types and class name: the document served is the one shared-types is generated from.
      const document = (await (await fetch(`${server.url}/api/docs/openapi.json`)).json()) as OpenAPIObject;
      const committed = readFileSync(join(ROOT, 'shared-types/src/api.generated.ts'), 'utf8');
      expect(openApiToTypeScript(document)).toBe(committed);
    } finally {
      expect(await server.stop()).toBe(0);
    }
    expect(server.output()).not.toMatch(/"level":"error"/);
  });

  // src/young-generation.ts: held at its first size while starting (the idle server's memory), free to grow once it
  // listens (a load's speed). Left to grow, loading the application takes it to its 32 MiB at once.
  it("keeps V8's young generation small through the start, and lets a load grow it", async () => {
    const metricsToken = randomBytes(32).toString('hex');
    const server = await startUnpacked({
      NODE_ENV: 'production',
      APP_SECRET: randomBytes(32).toString('hex'),
      DATABASE_URL: TEST_DB === 'sqlite' ? 'sqlite:data/young.sqlite' : await freshDatabaseUrl(),
      MIGRATE_ON_START: 'true',
      METRICS_TOKEN: metricsToken,
      LOG_LEVEL: 'warn',
    });
    const youngGenerationMiB = async () => {
      const response = await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${metricsToken}` } });
      const size = /^nodejs_heap_space_size_total_bytes\{space="new"\} (\d+)$/m.exec(await response.text())?.[1];
      return Number(size) / 2 ** 20;
    };
    const nearestCentres = async (count: number) => {
      let sent = 0;
      await Promise.all(
        Array.from({ length: 32 }, async () => {
          for (; sent < count; sent += 1) {
            const nearest = await fetch(`${server.url}/api/centres?lat=24.87&lng=118.68`);
            expect(nearest.status).toBe(200);
            await nearest.arrayBuffer();
          }
        }),
      );
    };
    try {
      const started = await youngGenerationMiB();
      expect(started).toBeLessThanOrEqual(8);
      // How soon V8 grows it depends on how much outlives each scavenge: load until it has, for at most 20 000 reads.
      let loaded = started;
      for (let round = 0; round < 10 && loaded <= started; round += 1) {
        await nearestCentres(2000);
        loaded = await youngGenerationMiB();
      }
      expect(loaded).toBeGreaterThan(started);
    } finally {
      expect(await server.stop()).toBe(0);
    }
  });
});
