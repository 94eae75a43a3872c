// The server under test, as a child process on 127.0.0.1, and the few API calls the benchmark makes.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { LIFTED_LIMITS } from '../../lib.mjs';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const SERVER_MAIN = fileURLToPath(new URL('../../../server/dist/main.js', import.meta.url));
const START_TIMEOUT_MS = 90_000;
const REQUEST_TIMEOUT_MS = 30_000;

export const serverIsBuilt = () => existsSync(SERVER_MAIN);
/** What a benchmark says when the server's build is missing (benchmarks build nothing). */
export const BUILD_SERVER_FIRST =
  'server/dist/main.js is missing: build the server first with\n  cd server && npm run build';

/**
 * Starts server/dist/main.js as deployed (NODE_ENV=production, default log level, logs to /dev/null), with the demo
 * seed, on a free port, as `processes` server processes (CLUSTER_WORKERS); resolves once /api/health answers.
 * `main` is another build's entry (a baseline to compare with). `pids()` lists the process started and the server processes it forked, for the CPU meter.
 */
export async function startServer({ databaseUrl, signal, processes = 1, env = {}, main = SERVER_MAIN }) {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [main], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...LIFTED_LIMITS,
      ...(databaseUrl.startsWith('mysql:')
        ? { REDIS_URL: 'redis://127.0.0.1:6379/0', RATE_LIMIT_PREFIX: `wac-bench-${port}:` }
        : {}),
      NODE_ENV: 'production',
      APP_SECRET: randomBytes(32).toString('hex'),
      DATABASE_URL: databaseUrl,
      HOST: '127.0.0.1',
      PORT: String(port),
      SEED_DEMO: 'true',
      MIGRATE_ON_START: 'true',
      LOG_LEVEL: 'log',
      STATIC_DIR: '/nonexistent',
      CLUSTER_WORKERS: String(processes),
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  // With several processes, measure only once all of them listen (the primary says so on stderr): connections opened
  // before, and kept alive, would all belong to the first one.
  let allListening = processes === 1;
  // Keep the end of stderr to explain a failure; reading it also keeps the pipe from filling up.
  let stderrTail = '';
  child.stderr.on('data', (chunk) => {
    stderrTail = (stderrTail + chunk).slice(-4000);
    allListening ||= stderrTail.includes(`All ${processes} server processes are listening.`);
  });
  // Last resort if the benchmark itself dies: never leave a server behind.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (!(await isHealthy(url)) || !allListening) {
    if (child.exitCode !== null || Date.now() > deadline || signal.aborted) {
      process.removeListener('exit', killOnExit);
      child.kill('SIGKILL');
      throw new Error(`The server did not start (exit code ${child.exitCode}):\n${stderrTail}`);
    }
    // Often enough to time a start to a few hundredths of a second.
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return {
    url,
    pid: child.pid,
    pids: () => [child.pid, ...childrenOf(child.pid)],
    /** From spawning the process to the first healthy answer. */
    readyMs: performance.now() - started,
    async stop() {
      process.removeListener('exit', killOnExit);
      await stopChild(child);
    },
  };
}

/** The processes whose parent is `pid` (Linux /proc): a cluster's server processes. */
export function childrenOf(pid) {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        return readFileSync(`/proc/${entry}/status`, 'utf8').match(/^PPid:\s+(\d+)$/m)?.[1] === String(pid);
      } catch {
        return false;
      }
    })
    .map(Number);
}

async function stopChild(child) {
  if (child.exitCode !== null || child.signalCode !== null) {
    return;
  }
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

async function isHealthy(url) {
  return fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2000) })
    .then((response) => response.ok)
    .catch(() => false);
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function call(url, path, { signal, ...init } = {}) {
  const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
  const response = await fetch(`${url}${path}`, {
    ...init,
    signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
  });
  return { status: response.status, body: await response.json().catch(() => ({})) };
}

export async function guestToken(url, signal) {
  const { status, body } = await call(url, '/api/auth/guest', { method: 'POST', signal });
  if (status !== 200 || !body.token) {
    throw new Error(`POST /api/auth/guest answered ${status}`);
  }
  return body.token;
}

/** Every bookable slot of a centre between two dates, as the mini-program lists them. */
export async function availableSlots(url, centreCode, from, to) {
  const { status, body } = await call(url, `/api/centres/${centreCode}/availability?from=${from}&to=${to}`);
  if (status !== 200) {
    throw new Error(`GET availability of ${centreCode} answered ${status}: ${JSON.stringify(body)}`);
  }
  return body.days.flatMap((day) => day.slots.map((slot) => ({ ...slot, centreCode, date: day.date })));
}

/**
 * Kept-alive connections for the booking attempts. node:http rather than fetch: on this 2-core machine fetch cost the
 * load generator about 0.5 ms of CPU per request, taken from the server it measures.
 */
const bookingAgent = new http.Agent({ keepAlive: true, maxSockets: 256 });

/** One booking attempt; resolves with 'booked' (201) or the error code the API answered (e.g. 'SLOT_FULL'). */
export function book(url, { token, key, slotId, signal }) {
  const body = JSON.stringify({ slotId });
  return new Promise((resolve, reject) => {
    const request = http.request(`${url}/api/bookings`, {
      method: 'POST',
      agent: bookingAgent,
      signal,
      timeout: REQUEST_TIMEOUT_MS,
      headers: {
        Authorization: `Bearer ${token}`,
        'Idempotency-Key': key,
        'Content-Type': 'application/json',
        'Content-Length': Buffer.byteLength(body),
      },
    });
    request.on('timeout', () => request.destroy(new Error(`no answer within ${REQUEST_TIMEOUT_MS} ms`)));
    request.on('error', reject);
    request.on('response', (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        if (response.statusCode === 201) {
          resolve('booked');
          return;
        }
        let code = '';
        try {
          code = JSON.parse(Buffer.concat(chunks).toString('utf8')).code ?? '';
        } catch {
          // not JSON: the status alone says what happened
        }
        resolve(response.statusCode === 409 ? code : `HTTP ${response.statusCode} ${code}`.trim());
      });
    });
    request.end(body);
  });
}
