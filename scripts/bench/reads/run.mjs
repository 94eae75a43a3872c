// Benchmark, not a test: the two reads a woman's phone makes most (nearest centres, a centre's availability) against
// a bare node:http server answering ~1 KB of JSON, in one run at the same concurrency; and the server's start time
// and memory. Usage: node scripts/bench/reads/run.mjs [--db sqlite|mysql|both] [--connections C] [--seconds S]
// [--starts N]. Needs server/dist (it builds nothing). Figures and their reading: README.md, "Benchmarks".
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { findDatabasePid, startCpuMeter } from '../booking/cpu.mjs';
import { prepareBenchData, shanghaiToday } from '../booking/fixtures.mjs';
import { BUILD_SERVER_FIRST, freePort, serverIsBuilt, startServer } from '../booking/server.mjs';
import { wholeNumberOption } from '../options.mjs';
import { describeBuild, describeMachine, median, ms, rate } from '../report.mjs';
import { createThrowawayDatabase, load, readPaths } from './reads.mjs';

const LAST_RUN = fileURLToPath(new URL('last-run.md', import.meta.url));
const BARE_SERVER = fileURLToPath(new URL('bare-server.mjs', import.meta.url));
const WARMUP_SECONDS = 3;
// Memory is read twice: 5 s after a start or a load, and once the server has been quiet for a while. In between,
// V8's memory reducer gives back the young generation that the start (or the load) grew: about 20 s of quiet here.
const JUST_AFTER_SECONDS = 5;
const SETTLED_SECONDS = 40;
const USAGE = `Usage: node scripts/bench/reads/run.mjs [--db sqlite|mysql|both] [--connections C] [--seconds S] [--starts N]
  --db           database(s) to measure (default both; MySQL/MariaDB at 127.0.0.1:3306, root, no password)
  --connections  connections kept busy by the load generator (default 64)
  --seconds      length of each measurement, after ${WARMUP_SECONDS} s of warm-up (default 10)
  --starts       server starts timed on an existing database (default 3)`;

function parseOptions(args) {
  const { values } = parseArgs({
    args,
    options: {
      db: { type: 'string', default: 'both' },
      connections: { type: 'string', default: '64' },
      seconds: { type: 'string', default: '10' },
      starts: { type: 'string', default: '3' },
      help: { type: 'boolean', default: false },
    },
  });
  const integer = (name, max) => wholeNumberOption(values, name, max, USAGE);
  if (!['sqlite', 'mysql', 'both'].includes(values.db)) {
    throw new Error(`--db must be sqlite, mysql or both\n${USAGE}`);
  }
  return {
    help: values.help,
    databases: values.db === 'both' ? ['sqlite', 'mysql'] : [values.db],
    connections: integer('connections', 1000),
    seconds: integer('seconds', 600),
    starts: integer('starts', 20),
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
  const stop = new AbortController();
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => stop.abort());
  }
  const [loadAverage] = os.loadavg();
  if (loadAverage > 0.5) {
    console.warn(
      `The machine is busy before we start (load average ${loadAverage.toFixed(2)}): figures will be lower.`,
    );
  }
  const runs = [];
  const errors = [];
  for (const kind of options.databases) {
    if (stop.signal.aborted) {
      break;
    }
    try {
      runs.push(await benchDatabase(kind, options, stop.signal));
    } catch (error) {
      console.error(`\n${kind}: ${error.name === 'AbortError' ? 'interrupted' : (error.stack ?? error)}`);
      errors.push(`${kind}: ${error.name === 'AbortError' ? 'interrupted' : error.message}`);
    }
  }
  const report = renderReport(runs, errors, options);
  console.log(`\n${report}`);
  if (!stop.signal.aborted && runs.length > 0) {
    writeFileSync(LAST_RUN, report);
    console.log(`(also written to ${LAST_RUN})`);
  }
  return errors.length > 0 || stop.signal.aborted ? 1 : 0;
}

async function benchDatabase(kind, options, signal) {
  console.log(`\n== ${kind} ==`);
  const cleanups = [];
  try {
    const { databaseUrl, open } = await createThrowawayDatabase(kind, cleanups);
    // The first start migrates and seeds an empty database; the next ones start as a redeployed server does.
    const first = await startServer({ databaseUrl, signal });
    const firstStart = first.readyMs;
    await first.stop();
    const starts = [];
    for (let i = 0; i < options.starts; i += 1) {
      const server = await startServer({ databaseUrl, signal });
      starts.push({ readyMs: server.readyMs, ...(await rssNowAndSettled(server.pid, signal)) });
      if (i < options.starts - 1) {
        await server.stop();
      } else {
        cleanups.push(() => server.stop());
        return await measureReads({ kind, open, server, firstStart, starts, options, signal, cleanups });
      }
    }
    throw new Error('no server start was measured');
  } finally {
    for (const cleanup of cleanups.reverse()) {
      await cleanup().catch((error) => console.error(`cleanup failed: ${error.message}`));
    }
  }
}

async function measureReads({ kind, open, server, firstStart, starts, options, signal, cleanups }) {
  const db = await open();
  cleanups.push(() => db.close());
  const today = shanghaiToday();
  const setup = await prepareBenchData(db, today);
  const bare = await startBareServer();
  cleanups.push(() => bare.stop());
  const paths = readPaths(setup.centres, today);
  const targets = [
    { name: 'bare node:http, ~1 KB JSON', url: bare.url, paths: ['/'], pids: { server: bare.pid } },
    {
      name: 'nearest centres',
      url: server.url,
      paths: paths.nearest,
      pids: { server: server.pids },
    },
    {
      name: 'availability (21 days, one service)',
      url: server.url,
      paths: paths.availability,
      pids: { server: server.pids },
    },
  ];
  const database = kind === 'mysql' ? { database: findDatabasePid() } : {};
  const results = [];
  for (const target of targets) {
    signal.throwIfAborted();
    await checkAnswers(target);
    await load(target.url, target.paths, WARMUP_SECONDS, options.connections);
    const meter = startCpuMeter({ ...target.pids, ...database });
    const result = await load(target.url, target.paths, options.seconds, options.connections);
    const cpu = meter();
    console.log(
      `${target.name.padEnd(36)} ${rate(result.requests.average)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ` +
        `${result.non2xx} non-2xx, ${result.errors} errors`,
    );
    results.push({ name: target.name, result, cpu, bytes: await answerBytes(target) });
  }
  return {
    kind,
    description: db.description,
    firstStart,
    starts,
    rssAfterLoad: await rssNowAndSettled(server.pid, signal),
    results,
  };
}

/** Every path of a target answers 200 before it is measured: a benchmark of error answers would mean nothing. */
async function checkAnswers(target) {
  for (const path of target.paths) {
    const response = await fetch(`${target.url}${path}`);
    if (response.status !== 200) {
      throw new Error(`${target.name}: GET ${path} answered ${response.status}: ${await response.text()}`);
    }
  }
}

/** Mean size of the answers' bodies, uncompressed (the load generator does not ask for compression). */
async function answerBytes(target) {
  const sizes = await Promise.all(
    target.paths.map(async (path) => (await (await fetch(`${target.url}${path}`)).arrayBuffer()).byteLength),
  );
  return sizes.reduce((sum, size) => sum + size, 0) / sizes.length;
}

async function startBareServer() {
  const port = await freePort();
  const child = spawn(process.execPath, [BARE_SERVER], {
    env: { ...process.env, PORT: String(port) },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt += 1) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    ) {
      break;
    }
    if (attempt > 100 || child.exitCode !== null) {
      child.kill();
      throw new Error('the bare node:http server did not start');
    }
    await sleep(100);
  }
  return {
    url,
    pid: child.pid,
    stop: async () => {
      child.kill();
    },
  };
}

/** RSS in MiB JUST_AFTER_SECONDS from now (`justAfter`) and SETTLED_SECONDS from now (`settled`), no request in between. */
async function rssNowAndSettled(pid, signal) {
  await sleep(JUST_AFTER_SECONDS * 1000, undefined, { signal });
  const justAfter = rssMiB(pid);
  await sleep((SETTLED_SECONDS - JUST_AFTER_SECONDS) * 1000, undefined, { signal });
  return { justAfter, settled: rssMiB(pid) };
}

function rssMiB(pid) {
  const kib = Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+)/m)?.[1]);
  return kib / 1024;
}

function renderReport(runs, errors, options) {
  const command = ['node scripts/bench/reads/run.mjs', ...process.argv.slice(2)].join(' ');
  const lines = [
    '# Reads benchmark: last run',
    '',
    `${new Date().toISOString()} · \`${command}\``,
    '',
    describeMachine('Load generator (autocannon, in this process), servers and database share it'),
    '',
    `Server: ${describeBuild()}.`,
    '',
    `Each read: ${options.connections} connections, ${options.seconds} s after ${WARMUP_SECONDS} s of warm-up, answers not ` +
      'compressed (no Accept-Encoding). Nearest centres: 8 positions around Quanzhou in turn. Availability: every open ' +
      'centre × 3 services in turn, today and the next 20 days (as the booking page asks).',
    '',
    ...runs.map((run) => `- ${run.kind}: ${run.description}`),
    '',
    '| database | read | req/s | ÷ bare node:http | p50 / p99 ms | bytes per answer | CPU % of one core: server / database / load generator / rest |',
    '|---|---|--:|--:|--:|--:|---|',
  ];
  for (const run of runs) {
    const bare = run.results[0].result.requests.average;
    for (const { name, result, cpu, bytes } of run.results) {
      const cpus = ['server', 'database', 'bench', 'other']
        .map((p) => (cpu[p] === undefined ? '–' : cpu[p].toFixed(0)))
        .join(' / ');
      lines.push(
        `| ${run.kind} | ${name} | ${rate(result.requests.average)} | ${(result.requests.average / bare).toFixed(3)} | ` +
          `${ms(result.latency.p50)} / ${ms(result.latency.p99)} | ${Math.round(bytes)} | ${cpus} |`,
      );
    }
  }
  lines.push(
    '',
    `| database | first start (migrate + seed), s | start on an existing database, s | idle RSS ${JUST_AFTER_SECONDS} s after the start, MiB | idle RSS ${SETTLED_SECONDS} s after the start, MiB | RSS after the reads: ${JUST_AFTER_SECONDS} s / ${SETTLED_SECONDS} s later, MiB |`,
    '|---|--:|--:|--:|--:|--:|',
  );
  const spread = (values, digits) =>
    [Math.min(...values), median(values), Math.max(...values)].map((value) => value.toFixed(digits)).join(' / ');
  for (const run of runs) {
    lines.push(
      `| ${run.kind} | ${(run.firstStart / 1000).toFixed(2)} | ${spread(
        run.starts.map((s) => s.readyMs / 1000),
        2,
      )} | ${spread(
        run.starts.map((s) => s.justAfter),
        0,
      )} | ${spread(
        run.starts.map((s) => s.settled),
        0,
      )} | ${run.rssAfterLoad.justAfter.toFixed(0)} / ${run.rssAfterLoad.settled.toFixed(0)} |`,
    );
  }
  lines.push(
    '',
    'Start: from spawning `node server/dist/main.js` (NODE_ENV=production, demo seed on) to the first 200 from /api/health. ' +
      `Starts and idle RSS: min / median / max of the starts; no request during the ${SETTLED_SECONDS} s. Between the two ` +
      "readings V8's memory reducer gives back the young generation the start (or the load) grew.",
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
