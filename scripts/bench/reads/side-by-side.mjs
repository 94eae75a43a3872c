// Benchmark, not a test: this build's reads against a baseline build's, both servers up at once on one database and
// loaded in turn (short rounds, order alternated), so the machine's changing speed falls on both alike. Compares the
// server's CPU time per request (from /proc), which moves less with the machine than req/s or a ratio to a bare server.
// Usage: node scripts/bench/reads/side-by-side.mjs [--db sqlite|mysql] [--rounds N] [--seconds S] [--connections C].
// Needs server/dist and server/dist-baseline (README.md, "Benchmarks › Reads": how to build the baseline).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startCpuMeter } from '../booking/cpu.mjs';
import { prepareBenchData, shanghaiToday } from '../booking/fixtures.mjs';
import { SERVER_MAIN, startServer } from '../booking/server.mjs';
import { wholeNumberOption } from '../options.mjs';
import { median, rate } from '../report.mjs';
import { createThrowawayDatabase, load, readPaths } from './reads.mjs';

const BASELINE_MAIN = fileURLToPath(new URL('../../../server/dist-baseline/main.js', import.meta.url));
const USAGE = `Usage: node scripts/bench/reads/side-by-side.mjs [--db sqlite|mysql] [--rounds N] [--seconds S] [--connections C]
  --db           database (default mysql: MariaDB at 127.0.0.1:3306, root, no password, with Redis at 127.0.0.1:6379)
  --rounds       rounds; each loads every read on both servers, in alternating order (default 4)
  --seconds      length of each load (default 4)
  --connections  connections kept busy by the load generator (default 64)`;

function parseOptions(args) {
  const { values } = parseArgs({
    args,
    options: {
      db: { type: 'string', default: 'mysql' },
      rounds: { type: 'string', default: '4' },
      seconds: { type: 'string', default: '4' },
      connections: { type: 'string', default: '64' },
    },
  });
  const integer = (name, max) => wholeNumberOption(values, name, max, USAGE);
  if (!['sqlite', 'mysql'].includes(values.db)) {
    throw new Error(`--db must be sqlite or mysql\n${USAGE}`);
  }
  return {
    db: values.db,
    rounds: integer('rounds', 50),
    seconds: integer('seconds', 60),
    connections: integer('connections', 1000),
  };
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  for (const [build, path] of [
    ['server/dist', SERVER_MAIN],
    ['server/dist-baseline', BASELINE_MAIN],
  ]) {
    if (!existsSync(path)) {
      console.error(`${build}/main.js is missing.\n${USAGE}`);
      return 1;
    }
  }
  const signal = AbortSignal.timeout(30 * 60 * 1000);
  const cleanups = [];
  try {
    const database = await createThrowawayDatabase(options.db, cleanups);
    // This build migrates and seeds the empty database; the baseline must accept its schema (no newer migration).
    await (await startServer({ databaseUrl: database.databaseUrl, signal })).stop();
    const db = await database.open();
    cleanups.push(() => db.close());
    const today = shanghaiToday();
    const paths = readPaths((await prepareBenchData(db, today)).centres, today);
    const servers = {};
    for (const [name, main] of [
      ['baseline', BASELINE_MAIN],
      ['this build', SERVER_MAIN],
    ]) {
      const server = await startServer({ databaseUrl: database.databaseUrl, signal, main });
      cleanups.push(() => server.stop());
      servers[name] = server;
    }
    const rows = [];
    for (const [read, readPathList] of Object.entries(paths)) {
      for (const server of Object.values(servers)) {
        await load(server.url, readPathList, 2, options.connections);
      }
      const samples = { baseline: [], 'this build': [] };
      for (let round = 0; round < options.rounds; round += 1) {
        const order = round % 2 === 0 ? ['baseline', 'this build'] : ['this build', 'baseline'];
        for (const name of order) {
          const meter = startCpuMeter({ server: servers[name].pid });
          const result = await load(servers[name].url, readPathList, options.seconds, options.connections);
          const cpuPercent = meter().server;
          samples[name].push({
            requestsPerSecond: result.requests.average,
            cpuMicrosPerRequest: ((cpuPercent / 100) * result.duration * 1e6) / result.requests.total,
            non2xx: result.non2xx + result.errors,
          });
        }
      }
      for (const [name, list] of Object.entries(samples)) {
        rows.push({ read, name, list });
      }
    }
    console.log(render(rows, options));
    return rows.some((row) => row.list.some((sample) => sample.non2xx > 0)) ? 1 : 0;
  } finally {
    for (const cleanup of cleanups.reverse()) {
      await cleanup().catch((error) => console.error(`cleanup failed: ${error.message}`));
    }
  }
}

function render(rows, options) {
  const range = (values, digits) => {
    const text = (value) => (digits === undefined ? rate(value) : value.toFixed(digits));
    return `${text(Math.min(...values))} / ${text(median(values))} / ${text(Math.max(...values))}`;
  };
  return [
    `${options.db}: ${options.rounds} rounds of ${options.seconds} s per read and server, ${options.connections} connections`,
    '',
    '| read | server | server CPU µs per request: min / median / max | req/s: min / median / max | answers not 2xx |',
    '|---|---|--:|--:|--:|',
    ...rows.map(
      ({ read, name, list }) =>
        `| ${read} | ${name} | ${range(
          list.map((s) => s.cpuMicrosPerRequest),
          0,
        )} | ${range(list.map((s) => s.requestsPerSecond))} | ${list.reduce((sum, s) => sum + s.non2xx, 0)} |`,
    ),
  ].join('\n');
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
