// Benchmark, not a test: bookings/s through the HTTP API with 1, 2 and 3 server processes, on one MariaDB (the
// machine's own, 127.0.0.1:3306, in a throwaway database) and on the three-node Galera cluster behind HAProxy, in one
// run and on one machine.
// Usage: node scripts/bench/cluster/run.mjs [--requests N] [--concurrency C] [--max-seconds S] [--pinned]
// Needs server/dist (it builds nothing). Figures and their reading: README.md, "Benchmarks".
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startCpuMeter } from '../booking/cpu.mjs';
import { findOverbooking, prepareBenchData, resetBookings, shanghaiToday } from '../booking/fixtures.mjs';
import { runLoad } from '../booking/load.mjs';
import { BUILD_SERVER_FIRST, SERVER_MAIN, serverIsBuilt } from '../booking/server.mjs';
import { book, inParallel, newGuest, slotsBetween } from '../../cluster/api.mjs';
import {
  serverUrl,
  startCheckAgentsAndHaproxy,
  startNodes,
  startServer,
  stopCluster,
  stopServer,
} from '../../cluster/cluster.mjs';
import { clusterLayout, DATABASE, NODES, ROOT, SERVERS } from '../../cluster/layout.mjs';
import { LIFTED_LIMITS } from '../../lib.mjs';
import { runningPid } from '../../cluster/processes.mjs';
import { wholeNumberOption } from '../options.mjs';

// The load comes from this one machine's address: lift the limits against scripts for the servers it starts.
Object.assign(process.env, LIFTED_LIMITS);

const LAST_RUN = fileURLToPath(new URL('last-run.md', import.meta.url));
const requireFromServer = createRequire(new URL('../../../server/package.json', import.meta.url));
/** The only database of the shared MariaDB this benchmark touches; dropped and created again on every run. */
const SINGLE_DATABASE = 'wac_bench_cluster';
const WARMUP_ATTEMPTS = 150;
const USAGE = `Usage: node scripts/bench/cluster/run.mjs [--requests N] [--concurrency C] [--max-seconds S] [--pinned]
  --requests     booking attempts per measurement (default 1500)
  --concurrency  attempts in flight at once (default 32)
  --max-seconds  time cap of each measurement (default 60)
  --pinned       on the cluster, each server writes through a different node (default: all through node 1 first)`;

function parseOptions(args) {
  const { values } = parseArgs({
    args,
    options: {
      requests: { type: 'string', default: '1500' },
      concurrency: { type: 'string', default: '32' },
      'max-seconds': { type: 'string', default: '60' },
      pinned: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  const integer = (name, max) => wholeNumberOption(values, name, max, USAGE);
  return {
    help: values.help,
    requests: integer('requests', 2000),
    concurrency: integer('concurrency', 1000),
    maxSeconds: integer('max-seconds', 3600),
    mode: values.pinned ? 'pinned' : 'shared',
  };
}

/** mysql2 with the {all, get, run} shape the booking benchmark's fixtures expect. */
function openPool(config) {
  const pool = requireFromServer('mysql2/promise').createPool({ ...config, connectionLimit: 4, timezone: 'Z' });
  return {
    all: async (sql, params = []) => (await pool.query(sql, params))[0],
    get: async (sql, params = []) => (await pool.query(sql, params))[0][0],
    run: async (sql, params = []) => {
      await pool.query(sql, params);
    },
    close: () => pool.end(),
  };
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  if (!serverIsBuilt()) {
    console.error(BUILD_SERVER_FIRST);
    return 1;
  }
  const [load] = os.loadavg();
  if (load > 0.5) {
    console.warn(`The machine is busy before we start (load average ${load.toFixed(2)}): figures will be lower.`);
  }
  const layout = clusterLayout({ name: 'bench', portOffset: 2000 });
  const runs = [];
  try {
    runs.push(...(await benchSingle(layout, options)));
    runs.push(...(await benchCluster(layout, options)));
  } finally {
    await stopCluster(layout, { wipe: true });
  }
  const report = renderReport(runs, options);
  console.log(`\n${report}`);
  writeFileSync(LAST_RUN, report);
  console.log(`(also written to ${LAST_RUN})`);
  const failed = runs.flatMap((run) => run.checks).filter((check) => !check.ok);
  if (failed.length > 0) {
    console.error(`\n!!! OVERBOOKING OR LOST BOOKINGS:\n${failed.map((c) => `!!! ${c.text}`).join('\n')}`);
    return 1;
  }
  return 0;
}

/** One MariaDB (the machine's, 127.0.0.1:3306) in its own throwaway database, with 1, 2 and 3 servers. */
async function benchSingle(layout, options) {
  const admin = await requireFromServer('mysql2/promise').createConnection({
    host: '127.0.0.1',
    port: 3306,
    user: 'root',
  });
  const [[{ claimed }]] = await admin.query('SELECT GET_LOCK(?, 0) AS claimed', [SINGLE_DATABASE]);
  if (claimed !== 1) {
    throw new Error(`another benchmark run is using the ${SINGLE_DATABASE} database`);
  }
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${SINGLE_DATABASE}`);
    await admin.query(`CREATE DATABASE ${SINGLE_DATABASE} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    const [[version]] = await admin.query('SELECT VERSION() AS v, @@innodb_flush_log_at_trx_commit AS flush');
    const target = {
      name: 'one MariaDB',
      description: `${version.v} on 127.0.0.1:3306, innodb_flush_log_at_trx_commit=${version.flush}`,
      databaseUrl: `mysql://root@127.0.0.1:3306/${SINGLE_DATABASE}`,
      databasePids: singleMariadbPid(),
      open: () => openPool({ host: '127.0.0.1', port: 3306, user: 'root', database: SINGLE_DATABASE }),
    };
    return await benchTarget(layout, target, options);
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${SINGLE_DATABASE}`).catch(() => undefined);
    await admin.end();
  }
}

/** The three-node Galera cluster behind HAProxy, with 1, 2 and 3 servers. */
async function benchCluster(layout, options) {
  await stopCluster(layout, { wipe: true });
  await startNodes(layout);
  await startCheckAgentsAndHaproxy(layout);
  const target = {
    name: `Galera ×3 (${options.mode === 'pinned' ? 'each server via its own node' : 'all via node 1'})`,
    description:
      'MariaDB Galera, 3 nodes on this machine, HAProxy in front, wsrep_sync_wait=1 on the servers’ sessions',
    databaseUrl: undefined,
    databasePids: Object.fromEntries(NODES.map((n) => [`node${n}`, runningPid(layout, `node${n}`)])),
    open: () => openPool({ host: '127.0.0.1', port: layout.haproxy.port, user: 'root', database: DATABASE }),
  };
  return benchTarget(layout, target, options);
}

async function benchTarget(layout, target, options) {
  console.log(`\n== ${target.name} ==`);
  const results = [];
  const serverEnv = target.databaseUrl ? { DATABASE_URL: target.databaseUrl } : {};
  await startServer(layout, 1, { mode: options.mode, env: { ...serverEnv, LOG_LEVEL: 'error' } });
  const db = await target.open();
  try {
    const setup = await prepareBenchData(db, shanghaiToday());
    const slots = await spreadSlots(serverUrl(layout, 1), setup);
    for (const count of SERVERS) {
      for (const n of SERVERS) {
        if (n <= count) {
          await startServer(layout, n, { mode: options.mode, env: { ...serverEnv, LOG_LEVEL: 'error' } });
        } else {
          await stopServer(layout, n);
        }
      }
      const urls = SERVERS.slice(0, count).map((n) => serverUrl(layout, n));
      results.push(await measure(layout, target, db, setup, slots, urls, options));
    }
  } finally {
    await db.close();
    await Promise.all(SERVERS.map((n) => stopServer(layout, n)));
  }
  return results;
}

/** Every slot of one place (each attempt books its own), ordered so attempts in flight together rarely share a lock. */
async function spreadSlots(url, setup) {
  const [from, to] = [setup.dates[0], setup.dates.at(-1)];
  const slots = (await Promise.all(setup.centres.map((centre) => slotsBetween(url, centre, from, to)))).flat();
  const key = (s) => [s.service, s.date, s.start, s.centreCode].join('|');
  return slots.filter((s) => s.remaining === 1).sort((a, b) => (key(a) < key(b) ? -1 : 1));
}

async function measure(layout, target, db, setup, slots, urls, options) {
  const signal = new AbortController().signal;
  const total = WARMUP_ATTEMPTS + options.requests;
  const guests = await inParallel(total, options.concurrency, (i) => newGuest(urls[i % urls.length]));
  const attempt = (offset) => async (i) => {
    const answer = await book(urls[i % urls.length], guests[offset + i].token, slots[i % slots.length].slotId);
    return answer.status === 201 ? 'booked' : answer.status === 409 ? answer.body.code : `HTTP ${answer.status}`;
  };
  await runLoad({
    attempts: WARMUP_ATTEMPTS,
    concurrency: options.concurrency,
    maxSeconds: 60,
    signal,
    attempt: attempt(0),
  });
  await resetBookings(db);
  const serverPids = Object.fromEntries(urls.map((_, i) => [`server${i + 1}`, runningPid(layout, `server${i + 1}`)]));
  const stopMeter = startCpuMeter({ ...serverPids, ...target.databasePids });
  const result = await runLoad({
    attempts: options.requests,
    concurrency: options.concurrency,
    maxSeconds: options.maxSeconds,
    signal,
    attempt: attempt(WARMUP_ATTEMPTS),
  });
  const cpu = stopMeter();
  const sum = (names) => names.reduce((total, name) => total + (cpu[name] ?? 0), 0);
  result.cpu = {
    servers: sum(Object.keys(serverPids)),
    database: sum(Object.keys(target.databasePids)),
    bench: cpu.bench,
    other: cpu.other,
  };
  const held = Number((await db.get('SELECT COUNT(*) AS n FROM booking WHERE seat IS NOT NULL')).n);
  const overbooked = await findOverbooking(db, setup.capacityAt);
  const label = `${target.name}, ${urls.length} server${urls.length > 1 ? 's' : ''}`;
  const checks = [
    { ok: held >= result.booked, text: `${label}: ${result.booked} answered booked, ${held} places held` },
    {
      ok: overbooked.length === 0,
      text: `${label}: ${overbooked.length === 0 ? 'no slot over capacity' : overbooked.join('; ')}`,
    },
  ];
  await resetBookings(db);
  console.log(
    `${label}: ${result.done} attempts in ${(result.elapsedMs / 1000).toFixed(1)} s, ${result.bookedPerSecond.toFixed(0)} bookings/s, ${JSON.stringify(result.outcomes)}`,
  );
  return { target: target.name, description: target.description, servers: urls.length, result, checks };
}

/** The machine's own MariaDB (started without --defaults-file), not a cluster node. */
function singleMariadbPid() {
  for (const pid of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      if (cmdline[0]?.endsWith('mariadbd') && !cmdline.some((arg) => arg.startsWith('--defaults-file'))) {
        return { mariadb: pid };
      }
    } catch {
      // the process ended meanwhile
    }
  }
  return {};
}

function describeBuild() {
  const built = `server/dist built ${statSync(SERVER_MAIN).mtime.toISOString()}`;
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    return `${built}, repository at ${commit}`;
  } catch {
    return built;
  }
}

function renderReport(runs, options) {
  const cpus = os.cpus();
  const f = (value) => (value === undefined ? '–' : value.toFixed(0));
  const lines = [
    '# Cluster benchmark: last run',
    '',
    `${new Date().toISOString()} · \`node scripts/bench/cluster/run.mjs ${process.argv.slice(2).join(' ')}\``,
    '',
    `Machine: ${os.availableParallelism()} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ` +
      `Node ${process.version}. Load generator, servers and every database process share it ` +
      `(1-minute load average at the end: ${os.loadavg()[0].toFixed(2)}).`,
    '',
    `Server: ${describeBuild()}. Per measurement: ${options.requests} attempts, ${options.concurrency} in flight, round-robin over the servers, ` +
      `each by a different woman at a slot of its own (one place), after ${WARMUP_ATTEMPTS} warm-up attempts.`,
    '',
    ...[...new Set(runs.map((run) => `- ${run.target}: ${run.description}`))],
    '',
    '| database | servers | bookings/s | p50 / p95 ms | CPU % of one core: servers / database / load generator / rest |',
    '|---|--:|--:|--:|---|',
    ...runs.map(
      ({ target, servers, result }) =>
        `| ${target} | ${servers} | ${result.bookedPerSecond.toFixed(0)}${result.done < result.planned ? ` (time cap: ${result.done} of ${result.planned})` : ''} | ${result.p50.toFixed(0)} / ${result.p95.toFixed(0)} | ` +
        `${f(result.cpu.servers)} / ${f(result.cpu.database)} / ${f(result.cpu.bench)} / ${f(result.cpu.other)} |`,
    ),
    '',
    'Checks:',
    ...runs.flatMap((run) => run.checks.map((check) => `- ${check.ok ? 'ok' : '**FAILED**'} ${check.text}`)),
  ];
  return `${lines.join('\n')}\n`;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error.stack ?? error.message ?? error);
    process.exitCode = 1;
  },
);
