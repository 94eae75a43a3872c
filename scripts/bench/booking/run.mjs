// Benchmark, not a test: bookings/s through the HTTP API against the same booking transaction sent straight to the
// database, on SQLite and/or MySQL, for one hot slot and for slots spread over every centre, day, time and service.
// Usage: node scripts/bench/booking/run.mjs [--db sqlite|mysql|both] [--processes 1,2] [--requests N] [--concurrency C]
//        [--max-seconds S]
// Needs server/dist (it builds nothing). Figures and their reading: README.md, "Benchmarks".
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { findDatabasePid, startCpuMeter } from './cpu.mjs';
import { claimMysqlBenchDatabase, MYSQL_URL, openMysql, openSqlite } from './database.mjs';
import {
  findOverbooking,
  HOT_CAPACITY,
  insertClients,
  placesHeld,
  prepareBenchData,
  resetBookings,
  shanghaiToday,
} from './fixtures.mjs';
import { runLoad } from './load.mjs';
import { bookDirectly } from './raw-booking.mjs';
import {
  availableSlots,
  book,
  BUILD_SERVER_FIRST,
  guestToken,
  ROOT,
  SERVER_MAIN,
  serverIsBuilt,
  startServer,
} from './server.mjs';
import { wholeNumberOption } from '../options.mjs';

const LAST_RUN = fileURLToPath(new URL('last-run.md', import.meta.url));
/** Attempts thrown away before each path is measured: JIT, connection pools and caches warm up on them. */
const WARMUP_ATTEMPTS = 200;
const USAGE = `Usage: node scripts/bench/booking/run.mjs [--db sqlite|mysql|both] [--processes 1,2] [--requests N] [--concurrency C] [--max-seconds S]
  --db           database(s) to measure (default both; MySQL/MariaDB at 127.0.0.1:3306, root, no password)
  --processes    server processes (CLUSTER_WORKERS) to measure MySQL with, one run each (default 1; SQLite: always 1)
  --requests     booking attempts per case and path (default 2000)
  --concurrency  attempts in flight at once (default 32)
  --max-seconds  time cap of each measurement (default 60)`;

function parseOptions(args) {
  const { values } = parseArgs({
    args,
    options: {
      db: { type: 'string', default: 'both' },
      processes: { type: 'string', default: '1' },
      requests: { type: 'string', default: '2000' },
      concurrency: { type: 'string', default: '32' },
      'max-seconds': { type: 'string', default: '60' },
      help: { type: 'boolean', default: false },
    },
  });
  const integer = (name, max) => wholeNumberOption(values, name, max, USAGE);
  if (!['sqlite', 'mysql', 'both'].includes(values.db)) {
    throw new Error(`--db must be sqlite, mysql or both\n${USAGE}`);
  }
  const processes = values.processes.split(',').map(Number);
  if (processes.some((n) => !Number.isInteger(n) || n < 1 || n > 8)) {
    throw new Error(`--processes must be whole numbers from 1 to 8, separated by commas\n${USAGE}`);
  }
  const databases = values.db === 'both' ? ['sqlite', 'mysql'] : [values.db];
  return {
    help: values.help,
    // The embedded database serves one process; MySQL is measured with each number of processes asked for.
    setups: databases.flatMap((kind) =>
      kind === 'sqlite' ? [{ kind, processes: 1 }] : processes.map((n) => ({ kind, processes: n })),
    ),
    requests: integer('requests', 100_000),
    concurrency: integer('concurrency', 1000),
    maxSeconds: integer('max-seconds', 3600),
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
  // Ctrl-C stops the load loops; each database's cleanup (server, throwaway database) still runs.
  const stop = new AbortController();
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => stop.abort());
  }
  const [load] = os.loadavg();
  if (load > 0.5) {
    console.warn(
      `The machine is busy before we start (load average ${load.toFixed(2)}): figures will be lower than on a quiet machine.`,
    );
  }
  const runs = [];
  const errors = [];
  for (const setup of options.setups) {
    if (stop.signal.aborted) {
      break;
    }
    const label = describeSetup(setup);
    try {
      runs.push(await benchDatabase(setup, options, stop.signal));
    } catch (error) {
      console.error(`\n${label}: ${error.name === 'AbortError' ? 'interrupted' : (error.stack ?? error)}`);
      errors.push(`${label}: ${error.name === 'AbortError' ? 'interrupted' : error.message}`);
    }
  }
  const report = renderReport(runs, errors, options);
  console.log(`\n${report}`);
  // An interrupted run, or one that measured nothing, keeps the previous last-run.md.
  if (!stop.signal.aborted && runs.length > 0) {
    writeFileSync(LAST_RUN, report);
    console.log(`(also written to ${LAST_RUN})`);
  }
  const failed = runs.flatMap((run) => run.checks).filter((check) => !check.ok);
  if (failed.length > 0) {
    console.error(
      `\n!!! OVERBOOKING OR LOST BOOKINGS under load (HTTP: the server is wrong; raw: this benchmark's transaction is):\n` +
        failed.map((c) => `!!! ${c.text}`).join('\n'),
    );
    return 1;
  }
  return errors.length > 0 || stop.signal.aborted ? 1 : 0;
}

/** One database: throwaway database, server, data, then HTTP and raw measurements; cleans up whatever happens. */
async function benchDatabase({ kind, processes }, options, signal) {
  const label = describeSetup({ kind, processes });
  console.log(`\n== ${label} ==`);
  const cleanups = [];
  try {
    const { databaseUrl, open } = await createThrowawayDatabase(kind, cleanups);
    const server = await startServer({ databaseUrl, signal, processes });
    cleanups.push(() => server.stop());
    const db = await open();
    cleanups.push(() => db.close());
    const setup = await prepareBenchData(db, shanghaiToday());
    const slots = await discoverSlots(server.url, setup);
    console.log(
      `server on ${server.url}; hot slot ${describeSlot(slots.hot)} (${HOT_CAPACITY} places); ${slots.spread.length} spread slots`,
    );
    const context = {
      db,
      setup,
      options,
      signal,
      pids: { server: server.pids, ...(kind === 'mysql' ? { database: findDatabasePid() } : {}) },
    };
    const http = await measureHttp(context, server.url, slots);
    const raw = await measureRaw(context, slots);
    return {
      kind: label,
      description: db.description,
      spreadSlots: slots.spread.length,
      hotSlot: describeSlot(slots.hot),
      cases: {
        hot: { http: http.hot.result, raw: raw.hot.result },
        spread: { http: http.spread.result, raw: raw.spread.result },
      },
      checks: [http.hot, http.spread, raw.hot, raw.spread].flatMap((m) => m.checks),
    };
  } finally {
    for (const cleanup of cleanups.reverse()) {
      await cleanup().catch((error) => console.error(`cleanup failed: ${error.message}`));
    }
  }
}

/** SQLite: a file in a fresh temp dir. MySQL: the `wac_bench` database, dropped and created (never `test`). */
async function createThrowawayDatabase(kind, cleanups) {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(os.tmpdir(), 'wac-bench-'));
    cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
    const path = join(dir, 'bench.sqlite');
    return { databaseUrl: `sqlite:${path}`, open: async () => openSqlite(path) };
  }
  const release = await claimMysqlBenchDatabase().catch((error) => {
    if (!['ECONNREFUSED', 'ETIMEDOUT', 'ER_ACCESS_DENIED_ERROR'].includes(error.code)) {
      throw error;
    }
    throw new Error(
      `cannot reach MySQL/MariaDB at 127.0.0.1:3306 as root without password (${error.code}). ` +
        'Start MariaDB, e.g.: start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd -- --user=mysql',
    );
  });
  cleanups.push(release);
  return { databaseUrl: MYSQL_URL, open: openMysql };
}

/**
 * Slot ids from the public availability list, as the mini-program gets them. Also checks that the server offers
 * every prepared slot with the capacity the benchmark computed (so the raw path and the checks use the right one).
 */
async function discoverSlots(url, setup) {
  const [from, to] = [setup.dates[0], setup.dates.at(-1)];
  const slots = (await Promise.all(setup.centres.map((centre) => availableSlots(url, centre, from, to)))).flat();
  for (const slot of slots) {
    const capacity = setup.capacityAt(slot);
    const expected = Math.min(capacity.services[slot.service], capacity.rooms);
    if (slot.remaining !== expected) {
      throw new Error(
        `setup mismatch: the server offers ${slot.remaining} places at ${describeSlot(slot)}, the benchmark expected ${expected}`,
      );
    }
  }
  const { hot: wanted } = setup;
  const hot = slots.find(
    (s) =>
      s.centreCode === wanted.centreCode &&
      s.date === wanted.date &&
      s.start === wanted.start &&
      s.service === wanted.service,
  );
  if (!hot) {
    throw new Error(`the server does not offer the hot slot ${describeSlot(wanted)}`);
  }
  // Ordered by service, then day, time and centre: attempts in flight together are at different centres or times,
  // so they rarely wait for the same slot-time lock (the 3 services of one time meet only ~700 attempts apart).
  const key = (s) => [s.service, s.date, s.start, s.centreCode].join('|');
  const spread = [...slots].sort((a, b) => (key(a) < key(b) ? -1 : 1));
  return { hot, spread };
}

/** Through the API: a fresh guest session per attempt (a woman may hold only 2 bookings), made before timing. */
async function measureHttp(context, url, slots) {
  const { options, signal } = context;
  const nextTokens = inTurn(await createGuestTokens(url, WARMUP_ATTEMPTS + 2 * options.requests, options, signal));
  return measurePath(context, 'HTTP', slots, (name, count, slotAt) => {
    const tokens = nextTokens(count);
    return (i) => book(url, { token: tokens[i], key: `bench-${name}-${i}`, slotId: slotAt(i).slotId, signal });
  });
}

/** Straight to the database: the same transaction, one new client row per attempt, same slots, same concurrency. */
async function measureRaw(context, slots) {
  const { db, setup, options } = context;
  const clients = Array.from({ length: WARMUP_ATTEMPTS + 2 * options.requests }, () => randomUUID());
  await insertClients(db, clients);
  const nextClients = inTurn(clients);
  return measurePath(context, 'raw', slots, (name, count, slotAt) => {
    const mine = nextClients(count);
    return (i) => {
      const slot = slotAt(i);
      return bookDirectly(db, { clientId: mine[i], key: `bench-${name}-${i}`, slot, capacity: setup.capacityAt(slot) });
    };
  });
}

/** Warm-up, then the hot and the spread case through one path; `attemptsFor(name, count, slotAt)` makes the attempts. */
async function measurePath(context, path, slots, attemptsFor) {
  const { requests } = context.options;
  const spreadAt = (i) => slots.spread[i % slots.spread.length];
  await warmUp(context, attemptsFor('warmup', WARMUP_ATTEMPTS, spreadAt));
  const hot = await measure(
    context,
    `${path} hot`,
    attemptsFor('hot', requests, () => slots.hot),
    slots.hot,
  );
  const spread = await measure(context, `${path} spread`, attemptsFor('spread', requests, spreadAt));
  return { hot, spread };
}

/** Hands out the next `count` items of a list at each call: every attempt gets an identity nobody used before. */
function inTurn(list) {
  let used = 0;
  return (count) => list.slice(used, (used += count));
}

async function createGuestTokens(url, count, options, signal) {
  const tokens = new Array(count);
  const result = await runLoad({
    attempts: count,
    concurrency: options.concurrency,
    maxSeconds: 600,
    signal,
    attempt: async (i) => {
      tokens[i] = await guestToken(url, signal);
      return 'ok';
    },
  });
  signal.throwIfAborted();
  if (result.outcomes.ok !== count) {
    throw new Error(`could not create ${count} guest sessions: ${JSON.stringify(result.outcomes)}`);
  }
  console.log(`${count} guest sessions in ${(result.elapsedMs / 1000).toFixed(1)} s`);
  return tokens;
}

async function warmUp(context, attempt) {
  const { options, signal, db } = context;
  await runLoad({
    attempts: WARMUP_ATTEMPTS,
    concurrency: options.concurrency,
    maxSeconds: options.maxSeconds,
    signal,
    attempt,
  });
  signal.throwIfAborted();
  await resetBookings(db);
}

/** One measurement, then the checks on what it left in the database, then an empty booking table for the next. */
async function measure(context, label, attempt, hotSlot) {
  const { db, options, signal, pids } = context;
  const statementsBefore = await db.statementsSoFar();
  const stopCpuMeter = startCpuMeter(pids);
  const result = await runLoad({
    attempts: options.requests,
    concurrency: options.concurrency,
    maxSeconds: options.maxSeconds,
    signal,
    attempt,
  });
  result.cpu = stopCpuMeter();
  // An interrupted measurement is no figure: stop here, the caller cleans up.
  signal.throwIfAborted();
  const statementsAfter = await db.statementsSoFar();
  result.statementsPerAttempt =
    statementsBefore === undefined ? undefined : (statementsAfter - statementsBefore) / result.done;
  const checks = await checkPlaces(context, label, result, hotSlot);
  await resetBookings(db);
  console.log(
    `${label.padEnd(12)} ${result.done} attempts in ${(result.elapsedMs / 1000).toFixed(2)} s: ${rate(result.attemptsPerSecond)}/s, ` +
      `${result.booked} booked, ${JSON.stringify(result.outcomes)}`,
  );
  checks.forEach((check) => console.log(`  ${check.ok ? 'ok' : '!!! FAILED'}: ${check.text}`));
  return { result, checks };
}

/** No slot over capacity, and every attempt answered "booked" still holds its place. */
async function checkPlaces({ db, setup }, label, result, hotSlot) {
  const checks = [];
  const held = await placesHeld(db);
  checks.push({
    ok: held >= result.booked,
    text: `${label}: ${result.booked} attempts answered booked, ${held} places held in the database`,
  });
  if (hotSlot) {
    const heldHot = await placesHeld(db, hotSlot);
    checks.push({
      ok: heldHot <= HOT_CAPACITY,
      text: `${label}: hot slot holds ${heldHot} places, capacity ${HOT_CAPACITY}`,
    });
  }
  const overbooked = await findOverbooking(db, setup.capacityAt);
  checks.push({
    ok: overbooked.length === 0,
    text: `${label}: ${overbooked.length === 0 ? 'no slot over capacity' : `OVERBOOKED: ${overbooked.join('; ')}`}`,
  });
  return checks;
}

/** Which code was measured: the build's time and the commit (figures from different builds do not compare). */
function describeBuild() {
  const built = `server/dist built ${statSync(SERVER_MAIN).mtime.toISOString()}`;
  try {
    const git = (...args) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
    const changed = git('status', '--porcelain', '--', 'server/src') !== '';
    return `${built}, repository at ${git('rev-parse', '--short', 'HEAD')}${changed ? ' with uncommitted changes in server/src' : ''}`;
  } catch {
    return built;
  }
}

function describeSetup({ kind, processes }) {
  return processes > 1 ? `${kind} ×${processes} processes` : kind;
}

function describeSlot(slot) {
  return `${slot.centreCode} ${slot.date} ${slot.start} ${slot.service}`;
}

function rate(value) {
  return value >= 100 ? value.toFixed(0) : value.toFixed(1);
}

function ms(value) {
  return Number.isNaN(value) ? '–' : value >= 10 ? value.toFixed(0) : value.toFixed(1);
}

function renderReport(runs, errors, options) {
  const command = ['node scripts/bench/booking/run.mjs', ...process.argv.slice(2)].join(' ');
  const cpus = os.cpus();
  const lines = [
    '# Booking benchmark: last run',
    '',
    `${new Date().toISOString()} · \`${command}\``,
    '',
    `Machine: ${os.availableParallelism()} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ` +
      `${os.type()} ${os.release()}, Node ${process.version}. Load generator, server and database share it ` +
      `(1-minute load average at the end: ${os.loadavg()[0].toFixed(2)}).`,
    '',
    `Server: ${describeBuild()}.`,
    '',
    `Per case and path: ${options.requests} booking attempts, ${options.concurrency} in flight, at most ${options.maxSeconds} s, ` +
      `after ${WARMUP_ATTEMPTS} warm-up attempts; each attempt by a different woman; bookings emptied between measurements.`,
    `Hot: one slot with ${HOT_CAPACITY} places (${HOT_CAPACITY} lawyers on duty, rooms not limiting). ` +
      'Spread: every open centre × next 14 days × 4 times × 3 services, 1 place each, each attempt a different slot.',
    '',
    ...runs.map((run) => `- ${run.kind}: ${run.description}; hot slot ${run.hotSlot}; ${run.spreadSlots} spread slots`),
    '',
    '| database | case | HTTP bookings/s | HTTP req/s | raw tx/s | HTTP/raw | HTTP p50 / p95 ms | raw p50 / p95 ms |',
    '|---|---|--:|--:|--:|--:|--:|--:|',
  ];
  for (const run of runs) {
    for (const [name, { http, raw }] of Object.entries(run.cases)) {
      lines.push(
        `| ${run.kind} | ${name} | ${rate(http.bookedPerSecond)} | ${rate(http.attemptsPerSecond)} | ${rate(raw.attemptsPerSecond)} | ` +
          `${(http.attemptsPerSecond / raw.attemptsPerSecond).toFixed(2)} | ${ms(http.p50)} / ${ms(http.p95)} | ${ms(raw.p50)} / ${ms(raw.p95)} |`,
      );
    }
  }
  lines.push(
    '',
    'HTTP bookings/s: 201 answers per second; req/s and raw tx/s: attempts per second, whatever the answer; HTTP/raw: req/s ÷ raw tx/s.',
    '',
    '| database | case | path | attempts | booked | other answers | seconds | last place sold at | CPU % of one core: server / database / load generator / rest of the machine | SQL statements per attempt |',
    '|---|---|---|--:|--:|---|--:|--:|---|--:|',
  );
  for (const run of runs) {
    for (const [name, paths] of Object.entries(run.cases)) {
      for (const [path, r] of Object.entries(paths)) {
        const others =
          Object.entries(r.outcomes)
            .filter(([outcome]) => outcome !== 'booked')
            .map(([outcome, n]) => `${outcome} ${n}`)
            .join(', ') || '–';
        const cpu = ['server', 'database', 'bench', 'other']
          .map((p) => (r.cpu[p] === undefined ? '–' : r.cpu[p].toFixed(0)))
          .join(' / ');
        const capped = r.done < r.planned ? ` (time cap: ${r.done} of ${r.planned})` : '';
        lines.push(
          `| ${run.kind} | ${name} | ${path} | ${r.done}${capped} | ${r.booked} | ${others} | ${(r.elapsedMs / 1000).toFixed(2)} | ` +
            `${name === 'hot' ? `${(r.lastBookedAtMs / 1000).toFixed(2)} s` : '–'} | ${cpu} | ${r.statementsPerAttempt === undefined ? '–' : r.statementsPerAttempt.toFixed(1)} |`,
        );
      }
    }
  }
  lines.push(
    '',
    'Checks:',
    ...runs.flatMap((run) =>
      run.checks.map((check) => `- ${check.ok ? 'ok' : '**FAILED**'} (${run.kind}) ${check.text}`),
    ),
  );
  if (errors.length > 0) {
    lines.push('', 'Not measured:', ...errors.map((error) => `- ${error}`));
  }
  return `${lines.join('\n')}\n`;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error.message ?? error);
    process.exitCode = 1;
  },
);
