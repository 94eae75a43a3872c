// Benchmark, not a test: what a first visit to the H5 build costs a phone. Bytes on the wire of the home page and of
// the admin console (Debian's Chromium, empty cache), then Lighthouse 12 (mobile: a mid-range phone on slow 4G,
// simulated) three times each, min/median/max; and twice as many loads in Chromium with its CPU slowed down 4×, for
// what their long tasks block, and as many traced at the machine's own speed, for the main thread's CPU time.
// Usage: node scripts/bench/h5/run.mjs [--runs N]. Needs server/dist and miniapp/dist/h5 (it builds nothing) and
// Chromium (CHROME_PATH, default /usr/bin/chromium). Figures and their reading: README.md, "Benchmarks".
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { serverIsBuilt, startServer } from '../booking/server.mjs';
import { wholeNumberOption } from '../options.mjs';
import { describeBuild, describeMachine, median } from '../report.mjs';

const require = createRequire(import.meta.url);
const { chromium } = createRequire(fileURLToPath(new URL('../../../miniapp/package.json', import.meta.url)))(
  'playwright-core',
);
const LIGHTHOUSE_CLI = join(require.resolve('lighthouse/package.json'), '../cli/index.js');
const LIGHTHOUSE_VERSION = require('lighthouse/package.json').version;
const LAST_RUN = fileURLToPath(new URL('last-run.md', import.meta.url));
const H5_DIR = fileURLToPath(new URL('../../../miniapp/dist/h5', import.meta.url));
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
/** How this machine runs Chromium: headless, and nothing fetched in the background (there is no internet). */
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const PAGES = [
  { name: 'home', path: '/', ready: '[data-testid="entry-book"]' },
  { name: 'admin console', path: '/#/packages/admin/pages/home/index', ready: '[data-testid="admin-login-form"]' },
];
/** Lighthouse's mobile setting: a mid-range phone is taken as four times slower than this machine's CPU. */
const CPU_SLOWDOWN = 4;
/** A task longer than this blocks a tap (the Long Tasks API's and Lighthouse's line). */
const LONG_TASK_MS = 50;
const USAGE = `Usage: node scripts/bench/h5/run.mjs [--runs N]
  --runs  Lighthouse runs per page, and twice as many slowed-down loads in Chromium (default 3)`;

async function main() {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { runs: { type: 'string', default: '3' }, help: { type: 'boolean', default: false } },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const runs = wholeNumberOption(values, 'runs', 20, USAGE);
  if (!serverIsBuilt() || !existsSync(join(H5_DIR, 'index.html'))) {
    console.error('Build first: cd server && npm run build; cd miniapp && npx taro build --type h5');
    return 1;
  }
  const [load] = os.loadavg();
  if (load > 0.5) {
    console.warn(`The machine is busy before we start (load average ${load.toFixed(2)}): figures will be lower.`);
  }
  const stop = new AbortController();
  const dir = mkdtempSync(join(os.tmpdir(), 'wac-bench-h5-'));
  const server = await startServer({
    databaseUrl: `sqlite:${join(dir, 'bench.sqlite')}`,
    signal: stop.signal,
    env: { STATIC_DIR: H5_DIR },
  });
  try {
    const results = [];
    for (const page of PAGES) {
      const url = `${server.url}${page.path}`;
      const wire = await bytesOnTheWire(url, page.ready, dir);
      console.log(`${page.name}: ${(wire.bytes / 1024).toFixed(1)} KiB in ${wire.requests.length} requests`);
      const slowed = [];
      for (let i = 0; i < 2 * runs; i += 1) {
        slowed.push({
          ...(await blockingOnASlowCpu(url, page.ready, dir)),
          cpu: await mainThreadCpu(url, page.ready, dir),
        });
      }
      console.log(
        `  at ${CPU_SLOWDOWN}× CPU: blocking ${median(slowed.map((s) => s.blocking)).toFixed(0)} ms, ` +
          `at its own speed the main thread's CPU after the first paint ${median(slowed.map((s) => s.cpu)).toFixed(0)} ms (medians)`,
      );
      const audits = [];
      for (let i = 0; i < runs; i += 1) {
        audits.push(await lighthouse(url, dir));
        const last = audits.at(-1);
        console.log(`  Lighthouse ${i + 1}: performance ${last.score}, LCP ${(last.lcp / 1000).toFixed(2)} s`);
      }
      results.push({ page, wire, slowed, audits });
    }
    const report = renderReport(results, runs);
    console.log(`\n${report}`);
    writeFileSync(LAST_RUN, report);
    console.log(`(also written to ${LAST_RUN})`);
    return 0;
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * One first visit with an empty cache in a fresh phone-sized browser: `prepare` sets up what to watch before the page
 * is opened and returns what to read once the page shows and the network is quiet.
 */
async function firstVisit(url, readySelector, dir, prepare) {
  const context = await openPhone(dir);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const measure = await prepare(page, await context.newCDPSession(page));
    await page.goto(url);
    await page.waitForSelector(readySelector);
    await page.waitForLoadState('networkidle');
    return await measure();
  } finally {
    await context.close();
  }
}

/** Every response's size as it came over the network (compressed bodies and headers; Chrome's encodedDataLength). */
function bytesOnTheWire(url, readySelector, dir) {
  return firstVisit(url, readySelector, dir, async (page, cdp) => {
    await cdp.send('Network.enable');
    const requests = new Map();
    cdp.on('Network.responseReceived', ({ requestId, response, type }) =>
      requests.set(requestId, { url: response.url, type, encoding: response.headers['content-encoding'] ?? '' }),
    );
    cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
      const request = requests.get(requestId);
      if (request) {
        request.bytes = encodedDataLength;
      }
    });
    return () => {
      const finished = [...requests.values()].filter((r) => r.bytes !== undefined);
      return { bytes: finished.reduce((sum, r) => sum + r.bytes, 0), requests: finished };
    };
  });
}

/**
 * With the CPU slowed down as Lighthouse assumes a phone's is: what the long tasks after the first contentful paint
 * block (each one's time over 50 ms, summed: Lighthouse's TBT, but measured rather than simulated) and the longest of
 * them. Steadier than Lighthouse's figure from one load, which multiplies the whole trace of a busy machine.
 */
function blockingOnASlowCpu(url, readySelector, dir) {
  return firstVisit(url, readySelector, dir, async (page, cdp) => {
    await page.addInitScript(() => {
      const tasks = [];
      Object.assign(window, { benchLongTasks: tasks });
      new PerformanceObserver((list) => tasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    return async () => {
      const durations = await page.evaluate(() => {
        const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
        return window.benchLongTasks.filter((task) => task.startTime >= fcp).map((task) => task.duration);
      });
      const blocking = durations.reduce((sum, duration) => sum + Math.max(0, duration - LONG_TASK_MS), 0);
      return { blocking, longest: Math.max(0, ...durations) };
    };
  });
}

/**
 * At the machine's own speed, traced: the main thread's CPU time after the first contentful paint (its tasks' thread
 * time). On a host whose other tenants stretch wall-clock times, the figure here that tells two builds apart (this
 * script's own page queries are in it, the same for every build).
 */
function mainThreadCpu(url, readySelector, dir) {
  return firstVisit(url, readySelector, dir, async (page, cdp) => {
    await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReturnAsStream' });
    return async () => mainThreadCpuAfterFirstPaint(await endTrace(cdp));
  });
}

/** Enough of Chromium's trace for its main-thread tasks and the first contentful paint. */
const TRACE_CATEGORIES = 'devtools.timeline,disabled-by-default-devtools.timeline,loading';

async function endTrace(cdp) {
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  const { stream } = await complete;
  const chunks = [];
  for (let eof = false; !eof; ) {
    const read = await cdp.send('IO.read', { handle: stream });
    chunks.push(Buffer.from(read.data, read.base64Encoded ? 'base64' : 'utf8'));
    eof = read.eof;
  }
  await cdp.send('IO.close', { handle: stream });
  return JSON.parse(Buffer.concat(chunks).toString('utf8')).traceEvents;
}

/** The page's main thread (CrRendererMain of the renderer that painted): its tasks' CPU time from the first paint on. */
function mainThreadCpuAfterFirstPaint(events) {
  const paint = events.find((event) => event.name === 'firstContentfulPaint');
  if (!paint) {
    throw new Error('The trace has no first contentful paint');
  }
  const mainThread = events.find(
    (event) => event.pid === paint.pid && event.name === 'thread_name' && event.args?.name === 'CrRendererMain',
  );
  return events
    .filter(
      (event) =>
        event.pid === paint.pid &&
        event.tid === mainThread?.tid &&
        event.ph === 'X' &&
        event.name === 'RunTask' &&
        event.ts >= paint.ts,
    )
    .reduce((sum, task) => sum + (task.tdur ?? 0) / 1000, 0);
}

/** A fresh phone-sized browser with an empty cache, its profile in the run's folder (removed at the end). */
function openPhone(dir) {
  return chromium.launchPersistentContext(mkdtempSync(join(dir, 'profile-')), {
    executablePath: CHROME_PATH,
    headless: true,
    args: CHROME_FLAGS.filter((flag) => !flag.startsWith('--headless')),
    viewport: { width: 390, height: 844 },
    locale: 'zh-CN',
  });
}

/** Lighthouse's own advice for a trace it failed to record (NO_NAVSTART and the like): run it again, twice at most. */
const LIGHTHOUSE_ATTEMPTS = 3;

async function lighthouse(url, dir) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await lighthouseOnce(url, dir);
    } catch (error) {
      if (attempt >= LIGHTHOUSE_ATTEMPTS || !/Please run Lighthouse again/.test(String(error))) {
        throw error;
      }
      console.log(`  (Lighthouse could not record the page load; again, attempt ${attempt + 1})`);
    }
  }
}

async function lighthouseOnce(url, dir) {
  const output = join(dir, 'lighthouse.json');
  await promisify(execFile)(
    process.execPath,
    [
      LIGHTHOUSE_CLI,
      url,
      '--only-categories=performance',
      '--output=json',
      `--output-path=${output}`,
      `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
      '--quiet',
    ],
    { env: { ...process.env, CHROME_PATH }, maxBuffer: 64 * 1024 * 1024 },
  );
  const result = JSON.parse(readFileSync(output, 'utf8'));
  if (result.runtimeError) {
    throw new Error(`Lighthouse: ${result.runtimeError.message}`);
  }
  return {
    score: result.categories.performance.score,
    lcp: result.audits['largest-contentful-paint'].numericValue,
    fcp: result.audits['first-contentful-paint'].numericValue,
    tbt: result.audits['total-blocking-time'].numericValue,
    bytes: result.audits['total-byte-weight'].numericValue,
    warnings: result.runWarnings ?? [],
  };
}

function renderReport(results, runs) {
  const command = ['node scripts/bench/h5/run.mjs', ...process.argv.slice(2)].join(' ');
  const range = (values, format) =>
    `${format(Math.min(...values))} / ${format(median(values))} / ${format(Math.max(...values))}`;
  const seconds = (value) => (value / 1000).toFixed(2);
  const lines = [
    '# H5 benchmark: last run',
    '',
    `${new Date().toISOString()} · \`${command}\``,
    '',
    describeMachine(`Server, Chromium and Lighthouse ${LIGHTHOUSE_VERSION} share it`),
    '',
    `Build: ${describeBuild(join(H5_DIR, 'index.html'), 'miniapp')}; server: ${describeBuild()}. Chromium: ${CHROME_PATH}.`,
    '',
    'Bytes on the wire: one visit with an empty cache in Chromium (390×844), everything received until the page ' +
      'shows and the network is quiet, headers included. Lighthouse: default mobile settings (emulated mid-range ' +
      `phone, simulated slow 4G), performance only, ${runs} runs per page. At ${CPU_SLOWDOWN}× CPU: ${2 * runs} ` +
      `first visits in Chromium with its CPU slowed down ${CPU_SLOWDOWN}×, the long tasks after the first ` +
      `contentful paint: their time over ${LONG_TASK_MS} ms summed (blocking), and the longest; and as many at ` +
      "the machine's own speed, traced: the main thread's CPU time after the first contentful paint (its tasks' " +
      'thread time).',
    '',
    `| page | bytes on the wire (KiB) | requests | of which scripts: KiB (files) | Lighthouse performance: min / median / max | LCP s: min / median / max | FCP s (median) | TBT ms (median) | at ${CPU_SLOWDOWN}× CPU: blocking ms, min / median / max | at ${CPU_SLOWDOWN}× CPU: longest task ms (median) | at its own speed: main thread's CPU after the first paint, ms: min / median / max |`,
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const { page, wire, slowed, audits } of results) {
    const scripts = wire.requests.filter((r) => r.type === 'Script');
    lines.push(
      `| ${page.name} | ${(wire.bytes / 1024).toFixed(1)} | ${wire.requests.length} | ` +
        `${(scripts.reduce((sum, r) => sum + r.bytes, 0) / 1024).toFixed(1)} (${scripts.length}) | ` +
        `${range(
          audits.map((a) => a.score),
          (v) => v.toFixed(2),
        )} | ${range(
          audits.map((a) => a.lcp),
          seconds,
        )} | ${seconds(median(audits.map((a) => a.fcp)))} | ${median(audits.map((a) => a.tbt)).toFixed(0)} | ` +
        `${range(
          slowed.map((s) => s.blocking),
          (v) => v.toFixed(0),
        )} | ${median(slowed.map((s) => s.longest)).toFixed(0)} | ${range(
          slowed.map((s) => s.cpu),
          (v) => v.toFixed(0),
        )} |`,
    );
  }
  lines.push('', 'What each first visit downloaded:');
  for (const { page, wire } of results) {
    lines.push(
      '',
      `${page.name}:`,
      ...wire.requests.map(
        (r) =>
          `- ${new URL(r.url).pathname} (${r.type}${r.encoding ? `, ${r.encoding}` : ''}): ${(r.bytes / 1024).toFixed(1)} KiB`,
      ),
    );
  }
  const warnings = [...new Set(results.flatMap((r) => r.audits.flatMap((a) => a.warnings)))];
  if (warnings.length > 0) {
    lines.push('', 'Lighthouse warnings:', ...warnings.map((w) => `- ${w}`));
  }
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
