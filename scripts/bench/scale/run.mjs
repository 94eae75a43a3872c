// Benchmark, not a test: the reads at national scale. Fills its own MariaDB/MySQL database with 3,000 more centres
// spread over China and 200,000 bookings, then measures nearest centres (size and latency) and availability.
// Usage: node scripts/bench/scale/run.mjs [--centres N] [--bookings N] [--connections C] [--seconds S]
// Needs server/dist (it builds nothing) and MySQL/MariaDB at 127.0.0.1:3306 (root, no password). Figures: README.md.
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { findDatabasePid, startCpuMeter } from '../booking/cpu.mjs';
import { claimMysqlBenchDatabase, mysqlUrl, openMysql } from '../booking/database.mjs';
import { bumpCaches, shanghaiToday } from '../booking/fixtures.mjs';
import { BUILD_SERVER_FIRST, serverIsBuilt, startServer } from '../booking/server.mjs';
import { describeBuild, describeMachine, ms, rate } from '../report.mjs';
import { wholeNumberOption } from '../options.mjs';

const autocannon = createRequire(import.meta.url)('autocannon');
const LAST_RUN = fileURLToPath(new URL('last-run.md', import.meta.url));
/** Its own database, so it never disturbs the booking or reads benchmarks (nor anyone's `test`). */
const DATABASE = 'wac_bench_scale';
const WARMUP_SECONDS = 3;
const POSITIONS = 50;
const SERVICES = ['legal', 'counselling', 'mediation'];
const USAGE = `Usage: node scripts/bench/scale/run.mjs [--centres N] [--bookings N] [--connections C] [--seconds S]
  --centres      centres added to the 13 (default 3000)
  --bookings     bookings spread over every centre (default 200000)
  --connections  connections of the loaded measurements (default 64; latency is also measured with 1)
  --seconds      length of each measurement, after ${WARMUP_SECONDS} s of warm-up (default 10)`;

function parseOptions(args) {
  const { values } = parseArgs({
    args,
    options: {
      centres: { type: 'string', default: '3000' },
      bookings: { type: 'string', default: '200000' },
      connections: { type: 'string', default: '64' },
      seconds: { type: 'string', default: '10' },
      help: { type: 'boolean', default: false },
    },
  });
  const integer = (name, max) => wholeNumberOption(values, name, max, USAGE);
  return {
    help: values.help,
    centres: integer('centres', 9999),
    bookings: integer('bookings', 2_000_000),
    connections: integer('connections', 1000),
    seconds: integer('seconds', 600),
  };
}

/** A small deterministic generator: the same centres and positions every run. */
function random(seed) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** Where centres are: 70 % in the dense east, the rest spread over the west (GCJ-02 degrees). */
function somewhereInChina(next) {
  return next() < 0.7
    ? { latitude: 22 + next() * 18, longitude: 110 + next() * 12 }
    : { latitude: 25 + next() * 20, longitude: 80 + next() * 30 };
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
  const stop = new AbortController();
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => stop.abort());
  }
  const [load] = os.loadavg();
  if (load > 0.5) {
    console.warn(`The machine is busy before we start (load average ${load.toFixed(2)}): figures will be lower.`);
  }
  const cleanups = [];
  try {
    cleanups.push(await claimMysqlBenchDatabase(DATABASE));
    const server = await startServer({ databaseUrl: mysqlUrl(DATABASE), signal: stop.signal });
    cleanups.push(() => server.stop());
    const db = await openMysql(DATABASE);
    cleanups.push(() => db.close());
    const data = await fillDatabase(db, options);
    const run = await measure(server, db, data, options, stop.signal);
    const report = renderReport({ ...run, description: db.description, data }, options);
    console.log(`\n${report}`);
    writeFileSync(LAST_RUN, report);
    console.log(`(also written to ${LAST_RUN})`);
    return 0;
  } finally {
    for (const cleanup of cleanups.reverse()) {
      await cleanup().catch((error) => console.error(`cleanup failed: ${error.message}`));
    }
  }
}

/** The centres and bookings, written straight into the database the server has migrated and seeded. */
async function fillDatabase(db, options) {
  const started = performance.now();
  const next = random(20261201);
  const centres = Array.from({ length: options.centres }, (_, i) => {
    const { latitude, longitude } = somewhereInChina(next);
    return [
      `s${String(i).padStart(4, '0')}`,
      `测试中心${i}`,
      `测试区${i % 97}`,
      `测试省测试市测试区测试路${i}号（压测数据）`,
      Math.round(latitude * 1e5) / 1e5,
      Math.round(longitude * 1e5) / 1e5,
      1,
      '12338',
      'open',
      JSON.stringify(['hotline', 'legal', 'counselling', 'mediation']),
      '周一至周五 08:00–12:00',
      '[]',
      '[]',
      1000 + i,
    ];
  });
  await insertRows(
    db,
    'centre',
    [
      'code',
      'name',
      'area',
      'address',
      'latitude',
      'longitude',
      'approximate',
      'phone',
      'status',
      'services',
      'openingHours',
      'workRules',
      'serviceScope',
      'sortOrder',
    ],
    centres,
  );
  await bumpCaches(db, ['centres']);
  const allCodes = (await db.all('SELECT code FROM centre ORDER BY code')).map((row) => row.code);

  // Every booking is a different woman's and lands on its own day of its centre (60 days back to 60 ahead), so the
  // unique seats hold; the 13 real centres get their share, so availability reads a table of this size.
  const today = shanghaiToday();
  const clients = [];
  const bookings = [];
  const now = new Date();
  for (let i = 0; i < options.bookings; i += 1) {
    const centreCode = allCodes[i % allCodes.length];
    const k = Math.floor(i / allCodes.length);
    const date = addDays(today, ((k * 7) % 120) - 60);
    const start = ['08:00', '09:00', '10:00', '11:00'][k % 4];
    const end = ['08:50', '09:50', '10:50', '11:50'][k % 4];
    const clientId = randomUUID();
    clients.push([clientId, 'guest']);
    bookings.push([
      randomUUID(),
      centreCode,
      date,
      start,
      end,
      SERVICES[k % 3],
      clientId,
      date < today ? 'completed' : 'confirmed',
      1,
      1,
      clientId,
      `scale-${i}`,
      // Her short code (10 characters, unique); never looked up here.
      `S${String(i).padStart(9, '0')}`,
      'in_app',
      now,
      1,
    ]);
  }
  await insertRows(db, 'client', ['id', 'kind'], clients, 2000);
  await insertRows(
    db,
    'booking',
    [
      'id',
      'centreCode',
      'date',
      'startTime',
      'endTime',
      'service',
      'clientId',
      'status',
      'seat',
      'roomSeat',
      'activeClientId',
      'idempotencyKey',
      'code',
      'contactPreference',
      'statusChangedAt',
      'version',
    ],
    bookings,
    2000,
  );
  await db.run('ANALYZE TABLE centre, booking');
  const counts = await db.get(
    'SELECT (SELECT COUNT(*) FROM centre) AS centres, (SELECT COUNT(*) FROM booking) AS bookings',
  );
  const seconds = (performance.now() - started) / 1000;
  console.log(`${counts.centres} centres and ${counts.bookings} bookings in ${seconds.toFixed(0)} s`);
  return { centres: Number(counts.centres), bookings: Number(counts.bookings), today };
}

async function measure(server, db, data, options, signal) {
  const next = random(7);
  const positions = Array.from({ length: POSITIONS }, () => somewhereInChina(next));
  const nearestPaths = positions.map(
    ({ latitude, longitude }) => `/api/centres?lat=${latitude.toFixed(3)}&lng=${longitude.toFixed(3)}`,
  );
  const open = (await db.all("SELECT code FROM centre WHERE status = 'open' AND code NOT LIKE 's%' ORDER BY code")).map(
    (row) => row.code,
  );
  const to = addDays(data.today, 20);
  const availabilityPaths = open.flatMap((code) =>
    SERVICES.map((service) => `/api/centres/${code}/availability?from=${data.today}&to=${to}&service=${service}`),
  );
  const sizes = await Promise.all(nearestPaths.map((path) => bodyBytes(server.url, path)));
  const wholeList = await timedBody(server.url, '/api/centres');
  // The nearest search runs in the server's memory (a latitude-sorted index of the cached centre list): no query.
  const explained = {
    taken: await db.all(
      'EXPLAIN SELECT date, startTime, service, COUNT(*) FROM booking WHERE centreCode = ? AND date BETWEEN ? AND ? AND seat IS NOT NULL GROUP BY date, startTime, service',
      ['jinjiang', data.today, to],
    ),
  };
  const results = [];
  for (const [name, paths] of [
    ['nearest centres (50 places in China)', nearestPaths],
    ['availability (21 days, one service)', availabilityPaths],
  ]) {
    for (const connections of [1, options.connections]) {
      signal.throwIfAborted();
      await load(server.url, paths, connections, WARMUP_SECONDS);
      const meter = startCpuMeter({ server: server.pids, database: findDatabasePid() });
      const result = await load(server.url, paths, connections, options.seconds);
      const cpu = meter();
      if (result.non2xx > 0 || result.errors > 0) {
        throw new Error(`${name}: ${result.non2xx} answers were not 2xx, ${result.errors} errors`);
      }
      console.log(
        `${name.padEnd(38)} ${String(connections).padStart(3)} conn: ${rate(result.requests.average)} req/s, ` +
          `p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`,
      );
      results.push({ name, connections, result, cpu });
    }
  }
  return { results, sizes, wholeList, explained };
}

async function bodyBytes(url, path) {
  const response = await fetch(`${url}${path}`);
  if (response.status !== 200) {
    throw new Error(`GET ${path} answered ${response.status}`);
  }
  return (await response.arrayBuffer()).byteLength;
}

async function timedBody(url, path) {
  const started = performance.now();
  const bytes = await bodyBytes(url, path);
  return { bytes, ms: performance.now() - started };
}

function load(url, paths, connections, seconds) {
  return new Promise((resolve, reject) => {
    autocannon(
      { url, connections, duration: seconds, requests: paths.map((path) => ({ method: 'GET', path })) },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

async function insertRows(db, table, columns, rows, chunk = 500) {
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk);
    const values = part.map(() => `(${columns.map(() => '?').join(', ')})`).join(', ');
    await db.run(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values}`, part.flat());
  }
}

function addDays(date, days) {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86400 * 1000).toISOString().slice(0, 10);
}

function renderReport({ results, sizes, wholeList, explained, description, data }, options) {
  const command = ['node scripts/bench/scale/run.mjs', ...process.argv.slice(2)].join(' ');
  const keys = (rows) =>
    rows.map((row) => `${row.table}: ${row.key ?? 'no index'} (${row.type}, ~${row.rows} rows)`).join('; ');
  const lines = [
    '# Scale benchmark: last run',
    '',
    `${new Date().toISOString()} · \`${command}\``,
    '',
    describeMachine('Load generator (autocannon, in this process), server and database share it'),
    '',
    `Server: ${describeBuild()}, one process. Database: ${description}.`,
    '',
    `Data: ${data.centres} centres (13 real, ${options.centres} spread over China, 70 % in the east), ` +
      `${data.bookings} bookings (each centre's spread over 60 days back and 60 ahead). ` +
      `Nearest centres: ${POSITIONS} places in China in turn, default page. Availability: the 12 open real centres × 3 ` +
      `services in turn, today and the next 20 days. Each measurement ${options.seconds} s after ${WARMUP_SECONDS} s of warm-up; ` +
      'answers not compressed.',
    '',
    `Nearest-centres answer: ${Math.min(...sizes)}–${Math.max(...sizes)} bytes (mean ${Math.round(sizes.reduce((a, b) => a + b) / sizes.length)}). ` +
      `The whole list without a position (the district picker): ${wholeList.bytes} bytes, ${wholeList.ms.toFixed(0)} ms for one request.`,
    '',
    '| read | connections | req/s | p50 / p99 ms | CPU % of one core: server / database / load generator / rest |',
    '|---|--:|--:|--:|---|',
  ];
  for (const { name, connections, result, cpu } of results) {
    const cpus = ['server', 'database', 'bench', 'other']
      .map((p) => (cpu[p] === undefined ? '–' : cpu[p].toFixed(0)))
      .join(' / ');
    lines.push(
      `| ${name} | ${connections} | ${rate(result.requests.average)} | ${ms(result.latency.p50)} / ${ms(result.latency.p99)} | ${cpus} |`,
    );
  }
  lines.push(
    '',
    `Query plan (EXPLAIN) of the places taken — ${keys(explained.taken)}. The nearest search reads no rows: it runs in the server's memory.`,
  );
  return `${lines.join('\n')}\n`;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error.stack ?? error);
    process.exitCode = 1;
  },
);
