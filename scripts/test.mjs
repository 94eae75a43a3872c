// `npm test`: install, type-check, lint, build both mini-program targets and the release bundle, then every suite:
// server unit tests (in two time zones), server e2e tests on MariaDB and on SQLite (the release bundle among them),
// mini-program unit tests, and browser tests of the H5 build in headless Chromium against a running server.
// Under CI=true a missing MariaDB or Chromium fails.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installDependencies, pnpm, run } from './lib.mjs';

const CI = process.env.CI === 'true';
const MYSQL_HOST = '127.0.0.1';
const MYSQL_PORT = 3306;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const results = [];
const testCounts = { passed: 0, failed: 0 };
const jsonDir = mkdtempSync(join(tmpdir(), 'wac-test-'));
// The production bundle, packed once from this run's builds; the server e2e suites unpack and run it.
const releaseDir = join(jsonDir, 'release');
// CI runs on the same machine session after session: the reports and the bundle go once the run ends.
process.on('exit', () => rmSync(jsonDir, { recursive: true, force: true }));

/** A Jest run whose counts go into the summary. */
function jestStep(name, filter, script, extraArgs = [], env = {}) {
  const outputFile = join(jsonDir, `${name.replace(/\W+/g, '-')}.json`);
  return {
    name,
    run: async () => {
      const code = await pnpm(
        ['--filter', filter, 'run', script, '--json', `--outputFile=${outputFile}`, ...extraArgs],
        { env },
      );
      if (existsSync(outputFile)) {
        const report = JSON.parse(readFileSync(outputFile, 'utf8'));
        testCounts.passed += report.numPassedTests;
        testCounts.failed += report.numFailedTests;
        if (report.numTotalTests === 0) {
          return 1;
        }
      }
      return code;
    },
  };
}

const script = (name, filter, scriptName) => ({ name, run: () => pnpm(['--filter', filter, 'run', scriptName]) });

function reachable(host, port, timeoutMs = 1500) {
  return new Promise((resolve) => {
    const socket = createConnection({ host, port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.on('connect', () => done(true));
    socket.on('error', () => done(false));
  });
}

/** MariaDB runs on these machines; start it if it is down, as the developers' guide says. */
async function ensureMariaDb() {
  if (await reachable(MYSQL_HOST, MYSQL_PORT)) {
    return true;
  }
  if (existsSync('/usr/sbin/mariadbd')) {
    console.log('MariaDB is not answering; starting it…');
    await run('start-stop-daemon', [
      '--start',
      '--oknodo',
      '--background',
      '--exec',
      '/usr/sbin/mariadbd',
      '--',
      '--user=mysql',
    ]);
    for (let attempt = 0; attempt < 30; attempt += 1) {
      await new Promise((r) => setTimeout(r, 1000));
      if (await reachable(MYSQL_HOST, MYSQL_PORT)) {
        return true;
      }
    }
  }
  return false;
}

/**
 * Redis runs on these machines too (the shared store of rate limits when several server processes run); start it
 * with the machine's own command if it is down. Nothing is kept on disk.
 */
async function ensureRedis() {
  if (await reachable('127.0.0.1', 6379)) {
    return true;
  }
  if (existsSync('/usr/bin/redis-server')) {
    console.log('Redis is not answering; starting it…');
    await run('redis-server', [
      '--daemonize',
      'yes',
      '--bind',
      '127.0.0.1',
      '--port',
      '6379',
      '--save',
      '',
      '--appendonly',
      'no',
    ]);
    for (let attempt = 0; attempt < 10; attempt += 1) {
      await new Promise((r) => setTimeout(r, 500));
      if (await reachable('127.0.0.1', 6379)) {
        return true;
      }
    }
  }
  return false;
}

function optionalStep(name, available, why) {
  if (available) {
    return [];
  }
  if (CI) {
    return [{ name, run: async () => (console.error(`${name}: ${why} (required under CI=true)`), 1) }];
  }
  results.push({ name, status: 'skipped', why });
  return [];
}

async function main() {
  await installDependencies();
  // The MariaDB suite runs production servers as deployed: several processes sharing Redis.
  const mariaDb = (await ensureMariaDb()) && (await ensureRedis());
  const chromium = existsSync(CHROMIUM);

  const steps = [
    { name: 'format (Prettier)', run: () => pnpm(['exec', 'prettier', '--check', '--log-level', 'warn', '.']) },
    script('type-check shared-types', '@wac/shared-types', 'typecheck'),
    script('type-check shared rules', '@wac/rules', 'typecheck'),
    script('type-check server', '@wac/server', 'typecheck'),
    script('type-check miniapp', '@wac/miniapp', 'typecheck'),
    script('lint server', '@wac/server', 'lint'),
    script('lint miniapp', '@wac/miniapp', 'lint'),
    script('build server', '@wac/server', 'build'),
    {
      // A local build against http://127.0.0.1:3000: a release build would insist on an https API (config/api-base.ts).
      name: 'build miniapp (weapp, size check)',
      run: () => pnpm(['--filter', '@wac/miniapp', 'run', 'build:weapp'], { env: { WEAPP_LOCAL_BUILD: 'true' } }),
    },
    script('build miniapp (h5)', '@wac/miniapp', 'build:h5'),
    {
      name: 'release bundle (scripts/release.mjs from these builds)',
      run: () => run('node', ['scripts/release.mjs', '--no-build', '--out', releaseDir]),
    },
    jestStep('shared rules unit tests', '@wac/rules', 'test'),
    jestStep('server unit tests (TZ=UTC)', '@wac/server', 'test:unit', [], { TZ: 'UTC' }),
    jestStep('server unit tests (TZ=Asia/Shanghai)', '@wac/server', 'test:unit', [], { TZ: 'Asia/Shanghai' }),
    jestStep('server e2e on SQLite (TZ=UTC)', '@wac/server', 'test:e2e', [], {
      TEST_DB: 'sqlite',
      TZ: 'UTC',
      RELEASE_DIR: releaseDir,
    }),
    ...(mariaDb
      ? [
          jestStep('server e2e on MariaDB (TZ=Asia/Shanghai)', '@wac/server', 'test:e2e', [], {
            TEST_DB: 'mysql',
            TZ: 'Asia/Shanghai',
            RELEASE_DIR: releaseDir,
          }),
        ]
      : optionalStep(
          'server e2e on MariaDB',
          false,
          `MariaDB (${MYSQL_HOST}:${MYSQL_PORT}) or Redis (127.0.0.1:6379) is not reachable`,
        )),
    jestStep('miniapp unit tests', '@wac/miniapp', 'test:unit'),
    ...(chromium
      ? [jestStep('browser tests (H5 in Chromium)', '@wac/miniapp', 'test:browser', [], { CHROMIUM_PATH: CHROMIUM })]
      : optionalStep('browser tests', false, `Chromium is not installed at ${CHROMIUM} (apt-get install -y chromium)`)),
  ];

  for (const step of steps) {
    console.log(`\n━━ ${step.name}`);
    const started = Date.now();
    const code = await step.run();
    results.push({ name: step.name, status: code === 0 ? 'passed' : 'failed', seconds: (Date.now() - started) / 1000 });
    if (code !== 0) {
      break;
    }
  }
  printSummary(steps.length);
}

function printSummary(plannedSteps) {
  const count = (status) => results.filter((r) => r.status === status).length;
  const notRun = plannedSteps - count('passed') - count('failed');
  console.log('\n━━ Summary');
  for (const r of results) {
    const mark = { passed: 'ok  ', failed: 'FAIL', skipped: 'skip' }[r.status];
    console.log(
      `  ${mark} ${r.name}${r.seconds !== undefined ? ` (${r.seconds.toFixed(1)} s)` : ''}${r.why ? `: ${r.why}` : ''}`,
    );
  }
  const failed = count('failed') > 0 || testCounts.failed > 0;
  console.log(
    `\n${failed ? 'FAILED' : 'PASSED'}: ${count('passed')} steps passed, ${count('failed')} failed, ${count('skipped')} skipped` +
      (failed && notRun > 0 ? `, ${notRun} not run` : ''),
  );
  console.log(`tests: ${testCounts.passed} passed, ${testCounts.failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

main().catch((error) => {
  console.error(error.message);
  process.exitCode = 1;
});
