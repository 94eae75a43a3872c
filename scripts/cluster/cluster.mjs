// The local scale-out stack, part by part: three Galera nodes, a health-check agent per node, HAProxy, three server
// processes and nginx. Used by `npm run cluster` / `cluster:down`, the cluster test suite and the cluster benchmark.
// Every step is idempotent: what already runs is left alone, what is missing is started.
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { haproxyConfig, nginxConfig, nodeConfig } from './config-files.mjs';
import { DATABASE, databaseUrl, NODES, ROOT, SERVERS } from './layout.mjs';
import { requireFreePort, runningPid, startDetached, stopProcess, tail, waitFor } from './processes.mjs';

const requireFromServer = createRequire(new URL('../../server/package.json', import.meta.url));
const mysql = () => requireFromServer('mysql2/promise');

const SERVER_MAIN = join(ROOT, 'server/dist/main.js');
const H5_DIR = join(ROOT, 'miniapp/dist/h5');
const GALERA_PROVIDER = '/usr/lib/galera/libgalera_smm.so';
/** Debian packages the stack needs, by the program that shows each is there. */
const DEBIAN_PACKAGES = [
  ['/usr/sbin/mariadbd', 'mariadb-server'],
  [GALERA_PROVIDER, 'galera-4'],
  ['/usr/bin/rsync', 'rsync'],
  ['/usr/sbin/haproxy', 'haproxy'],
  ['/usr/sbin/nginx', 'nginx'],
];

const isRoot = () => process.getuid?.() === 0;
/** Galera nodes run as `mysql` when we are root: as root, rsync state transfer fails (its daemon drops to nobody). */
const nodeUser = () => (isRoot() ? 'mysql' : undefined);
const log = (message) => console.log(`[cluster] ${message}`);

/** Installs Debian's mariadb-server, galera-4, rsync, haproxy and nginx when missing (CI machines start without some). */
export function ensureDebianPackages() {
  const missing = DEBIAN_PACKAGES.filter(([path]) => !existsSync(path)).map(([, pkg]) => pkg);
  if (missing.length === 0) {
    return;
  }
  if (!isRoot()) {
    throw new Error(
      `Missing Debian packages: ${missing.join(' ')}. Install them: sudo apt-get install -y ${missing.join(' ')}`,
    );
  }
  log(`installing Debian packages: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
}

// ── Galera nodes ────────────────────────────────────────────────────────────────────────────────────────────────────

const nodeName = (n) => `node${n}`;
const socketOf = (layout, n) => join(layout.node(n).dir, 'mariadbd.sock');
const cnfOf = (layout, n) => join(layout.node(n).dir, 'my.cnf');
const dataOf = (layout, n) => join(layout.node(n).dir, 'data');

/** An admin connection to one node through its socket (root@localhost), or undefined when it does not answer. */
async function nodeConnection(layout, n) {
  return mysql()
    .createConnection({ socketPath: socketOf(layout, n), user: 'root', connectTimeout: 2000 })
    .catch(() => undefined);
}

/** `{ ready, state, size }` of a node, or undefined when it does not answer. */
export async function nodeStatus(layout, n) {
  const connection = await nodeConnection(layout, n);
  if (!connection) {
    return undefined;
  }
  try {
    const [rows] = await connection.query({ sql: "SHOW GLOBAL STATUS LIKE 'wsrep_%'", timeout: 3000 });
    const status = Object.fromEntries(rows.map((row) => [row.Variable_name, row.Value]));
    return {
      ready: status.wsrep_ready === 'ON',
      state: status.wsrep_local_state_comment,
      size: Number(status.wsrep_cluster_size),
    };
  } finally {
    connection.destroy();
  }
}

const isSynced = (status) => status?.ready && status.state === 'Synced';

function writeNodeFiles(layout, n) {
  const node = layout.node(n);
  mkdirSync(dataOf(layout, n), { recursive: true });
  writeFileSync(cnfOf(layout, n), nodeConfig(layout, n, { user: nodeUser() }));
  if (isRoot()) {
    // mysqld runs as mysql: it needs its folder, and every folder above it must let it through.
    execFileSync('chown', ['-R', 'mysql:mysql', node.dir]);
    requireTraversable(node.dir);
  }
}

/** The `mysql` user must be able to reach its data folder: fail early, saying which folder blocks it. */
function requireTraversable(dir) {
  const result = spawnSync('runuser', ['-u', 'mysql', '--', 'test', '-w', dir]);
  if (result.status !== 0) {
    let blocking = dir;
    for (let path = dir; path !== dirname(path); path = dirname(path)) {
      if (spawnSync('runuser', ['-u', 'mysql', '--', 'test', '-x', path]).status !== 0) {
        blocking = path;
      }
    }
    throw new Error(
      `The Galera nodes run as the mysql user, which cannot reach ${dir} (blocked at ${blocking}). ` +
        `Let it through (chmod o+x ${blocking}) or clone the repository under a folder it can reach.`,
    );
  }
}

function initialiseDataDir(layout, n) {
  log(`node ${n}: creating its data directory`);
  const result = spawnSync(
    'mariadb-install-db',
    [
      `--defaults-file=${cnfOf(layout, n)}`,
      ...(nodeUser() ? [`--user=${nodeUser()}`] : []),
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
    ],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) {
    throw new Error(`mariadb-install-db failed for node ${n}:\n${result.stdout}\n${result.stderr}`);
  }
}

function startNodeProcess(layout, n, { bootstrap }) {
  log(`node ${n}: ${bootstrap ? 'bootstrapping a new cluster' : 'starting and joining the cluster'}`);
  startDetached(layout, nodeName(n), '/usr/sbin/mariadbd', [
    `--defaults-file=${cnfOf(layout, n)}`,
    ...(bootstrap ? ['--wsrep-new-cluster'] : []),
  ]);
}

async function waitSynced(layout, n, timeoutMs = 120_000) {
  await waitFor(
    `node ${n} to be Synced`,
    async () => runningPid(layout, nodeName(n)) && isSynced(await nodeStatus(layout, n)),
    {
      timeoutMs,
      explain: () => tail(join(layout.node(n).dir, 'error.log')),
    },
  );
}

/** Reads `seqno` and `safe_to_bootstrap` from a stopped node's grastate.dat. */
function graState(layout, n) {
  const file = join(dataOf(layout, n), 'grastate.dat');
  if (!existsSync(file)) {
    return undefined;
  }
  const text = readFileSync(file, 'utf8');
  return {
    file,
    text,
    seqno: Number(/^seqno:\s*(-?\d+)/m.exec(text)?.[1] ?? -1),
    safeToBootstrap: /^safe_to_bootstrap:\s*1/m.test(text),
  };
}

/** The last committed position of a node that did not stop cleanly (`mariadbd --wsrep-recover`). */
function recoverSeqno(layout, n) {
  const logFile = join(layout.node(n).dir, 'recover.log');
  rmSync(logFile, { force: true });
  spawnSync('/usr/sbin/mariadbd', [`--defaults-file=${cnfOf(layout, n)}`, '--wsrep-recover', `--log-error=${logFile}`]);
  const match = /Recovered position:\s*[0-9a-f-]+:(-?\d+)/.exec(
    existsSync(logFile) ? readFileSync(logFile, 'utf8') : '',
  );
  return match ? Number(match[1]) : -1;
}

/**
 * Which node starts a new cluster when none runs: the one Galera marked safe_to_bootstrap (the last to stop cleanly),
 * else the one with the most recent committed transaction, so nothing committed is lost.
 */
function chooseBootstrapNode(layout) {
  const states = NODES.map((n) => ({ n, state: graState(layout, n) }));
  const safe = states.find(({ state }) => state?.safeToBootstrap);
  if (safe) {
    return safe.n;
  }
  const positions = states.map(({ n, state }) => ({
    n,
    seqno: state && state.seqno >= 0 ? state.seqno : recoverSeqno(layout, n),
  }));
  const best = positions.reduce((a, b) => (b.seqno > a.seqno ? b : a));
  const state = graState(layout, best.n);
  if (state) {
    log(`no node stopped cleanly; node ${best.n} has the latest position (seqno ${best.seqno}) and starts the cluster`);
    writeFileSync(state.file, state.text.replace(/^safe_to_bootstrap:\s*0/m, 'safe_to_bootstrap: 1'));
  }
  return best.n;
}

async function createAppUserAndDatabase(layout, n) {
  const connection = await mysql().createConnection({ socketPath: socketOf(layout, n), user: 'root' });
  try {
    // With skip-name-resolve, root@localhost matches only the socket: the servers and HAProxy's checks come over TCP.
    await connection.query("CREATE USER IF NOT EXISTS 'root'@'127.0.0.1'");
    await connection.query("GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION");
    await connection.query(
      `CREATE DATABASE IF NOT EXISTS \`${DATABASE}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
  } finally {
    await connection.end();
  }
}

/** Starts the nodes that are not running; bootstraps a new cluster when none is. Resolves when all three are Synced. */
export async function startNodes(layout) {
  const running = NODES.filter((n) => runningPid(layout, nodeName(n)));
  for (const n of NODES.filter((m) => !running.includes(m))) {
    await requireFreePort(layout.node(n).sqlPort, `Galera node ${n} SQL`);
    await requireFreePort(layout.node(n).galeraPort, `Galera node ${n} replication`);
    writeNodeFiles(layout, n);
  }
  if (running.length === 0) {
    const fresh = !existsSync(join(dataOf(layout, 1), 'mysql'));
    if (fresh) {
      initialiseDataDir(layout, 1);
    }
    const first = fresh ? 1 : chooseBootstrapNode(layout);
    startNodeProcess(layout, first, { bootstrap: true });
    await waitSynced(layout, first);
    await createAppUserAndDatabase(layout, first);
    running.push(first);
  }
  // One joiner at a time: each copies the data from a donor, which pauses while it gives it.
  for (const n of NODES.filter((m) => !running.includes(m))) {
    await startNode(layout, n);
  }
  for (const n of NODES) {
    await waitSynced(layout, n);
  }
}

/** Starts one node that is not running, joining the running cluster; resolves when it is Synced. */
export async function startNode(layout, n) {
  if (!runningPid(layout, nodeName(n))) {
    writeNodeFiles(layout, n);
    startNodeProcess(layout, n, { bootstrap: false });
  }
  await waitSynced(layout, n);
}

/** kill -9 (or a clean stop) of one node. */
export function stopNode(layout, n, { signal = 'SIGTERM' } = {}) {
  return stopProcess(layout, nodeName(n), { signal, graceMs: 120_000 });
}

/** Every node's view: cluster size and state, for tests and the summary. */
export async function clusterStatus(layout) {
  return Promise.all(NODES.map(async (n) => ({ n, ...(await nodeStatus(layout, n)) })));
}

/** An admin connection to a node over its socket, for tests that compare the nodes' data. */
export function connectToNode(layout, n) {
  return mysql().createConnection({ socketPath: socketOf(layout, n), user: 'root', database: DATABASE });
}

// ── Check agents and HAProxy ────────────────────────────────────────────────────────────────────────────────────────

async function startCheckAgents(layout) {
  for (const n of NODES) {
    const name = `check-agent${n}`;
    if (runningPid(layout, name)) {
      continue;
    }
    const node = layout.node(n);
    await requireFreePort(node.checkPort, `health check agent of node ${n}`);
    startDetached(layout, name, process.execPath, [
      join(ROOT, 'scripts/cluster/check-agent.mjs'),
      '--listen',
      String(node.checkPort),
      '--mysql-port',
      String(node.sqlPort),
    ]);
  }
  for (const n of NODES) {
    await waitFor(`the check agent of node ${n}`, async () => {
      const response = await fetch(`http://127.0.0.1:${layout.node(n).checkPort}/`);
      return response.status === 200;
    });
  }
}

async function startHaproxy(layout) {
  if (!runningPid(layout, 'haproxy')) {
    mkdirSync(layout.haproxy.dir, { recursive: true });
    const config = join(layout.haproxy.dir, 'haproxy.cfg');
    writeFileSync(config, haproxyConfig(layout));
    for (const [port, purpose] of [
      [layout.haproxy.port, 'HAProxy for the servers'],
      ...SERVERS.map((n) => [layout.haproxy.pinnedPort(n), `HAProxy, node ${n} first`]),
      [layout.haproxy.statsPort, 'HAProxy stats'],
    ]) {
      await requireFreePort(port, purpose);
    }
    const check = spawnSync('/usr/sbin/haproxy', ['-c', '-q', '-f', config], { encoding: 'utf8' });
    if (check.status !== 0) {
      throw new Error(`HAProxy refuses its configuration ${config}:\n${check.stdout}${check.stderr}`);
    }
    // -db: stay in the foreground (we keep its pid); -W: master-worker, so SIGTERM stops it cleanly.
    startDetached(layout, 'haproxy', '/usr/sbin/haproxy', ['-db', '-W', '-f', config]);
  }
  await waitFor('HAProxy to reach a Synced node', () => queryThrough(layout.haproxy.port, 'SELECT 1'), {
    timeoutMs: 30_000,
    explain: () => tail(join(layout.logDir, 'haproxy.log')),
  });
}

async function queryThrough(port, sql) {
  const connection = await mysql().createConnection({ host: '127.0.0.1', port, user: 'root', connectTimeout: 2000 });
  try {
    await connection.query(sql);
    return true;
  } finally {
    connection.destroy();
  }
}

/** The health-check agents, then HAProxy; resolves once HAProxy reaches a Synced node. */
export async function startCheckAgentsAndHaproxy(layout) {
  await startCheckAgents(layout);
  await startHaproxy(layout);
}

/** HAProxy's view of each node per listener, from its stats CSV: `{ 'galera/node1': 'UP', … }`. */
export async function haproxyServerStates(layout) {
  const csv = await (await fetch(`http://127.0.0.1:${layout.haproxy.statsPort}/;csv`)).text();
  const states = {};
  for (const line of csv.split('\n').slice(1)) {
    const [proxy, server, , , , , , , , , , , , , , , , status] = line.split(',');
    if (proxy && server && server.startsWith('node')) {
      states[`${proxy}/${server}`] = status;
    }
  }
  return states;
}

// ── Server processes and nginx ──────────────────────────────────────────────────────────────────────────────────────

/** The secret every server shares (tokens made by one are valid on all); kept across runs so sessions survive. */
function appSecret(layout) {
  if (!existsSync(layout.secretFile)) {
    mkdirSync(dirname(layout.secretFile), { recursive: true });
    writeFileSync(layout.secretFile, randomBytes(32).toString('hex'), { mode: 0o600 });
  }
  return readFileSync(layout.secretFile, 'utf8').trim();
}

const serverName = (n) => `server${n}`;

/**
 * Starts one server process (server/dist/main.js as deployed). Server 1 migrates the database and loads the demo
 * data; the others never migrate and are started after it is healthy (MIGRATE_ON_START=false), so no two processes
 * run DDL at once.
 */
export async function startServer(layout, n, { mode = 'shared', env = {} } = {}) {
  if (!runningPid(layout, serverName(n))) {
    await requireFreePort(layout.server(n).port, `server process ${n}`);
    startDetached(layout, serverName(n), process.execPath, [SERVER_MAIN], {
      cwd: ROOT,
      env: {
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: String(layout.server(n).port),
        DATABASE_URL: databaseUrl(layout, n, mode),
        APP_SECRET: appSecret(layout),
        // Several processes: the limits are counted in the shared Redis store (Redis runs on these machines).
        REDIS_URL: 'redis://127.0.0.1:6379/0',
        RATE_LIMIT_PREFIX: `wac-cluster-${layout.name}:`,
        MIGRATE_ON_START: n === 1 ? 'true' : 'false',
        SEED_DEMO: n === 1 ? 'true' : 'false',
        STATIC_DIR: H5_DIR,
        LOG_LEVEL: 'warn',
        // Three Galera nodes, three servers and the load generator share two cores here: under the storms a sound
        // query can wait longer than a production default would allow, and the suite checks answers, not latency.
        DATABASE_TIMEOUT_MS: '15000',
        ...env,
      },
    });
  }
  await waitFor(`server ${n} on port ${layout.server(n).port}`, () => isHealthy(serverUrl(layout, n)), {
    timeoutMs: 120_000,
    explain: () => tail(join(layout.logDir, `${serverName(n)}.log`)),
  });
}

export const serverUrl = (layout, n) => `http://127.0.0.1:${layout.server(n).port}`;
export const nginxUrl = (layout) => `http://127.0.0.1:${layout.nginx.port}`;

export function stopServer(layout, n, { signal = 'SIGTERM' } = {}) {
  return stopProcess(layout, serverName(n), { signal });
}

export async function startServers(layout, { mode = 'shared', env = {} } = {}) {
  await startServer(layout, 1, { mode, env });
  await Promise.all(SERVERS.slice(1).map((n) => startServer(layout, n, { mode, env })));
}

async function isHealthy(url) {
  const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(3000) });
  return response.status === 200;
}

async function startNginx(layout) {
  if (!runningPid(layout, 'nginx')) {
    await requireFreePort(layout.nginx.port, 'nginx');
    const user = isRoot() ? 'www-data' : undefined;
    for (const name of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) {
      mkdirSync(join(layout.nginx.dir, 'tmp', name), { recursive: true });
    }
    if (user) {
      execFileSync('chown', ['-R', `${user}:`, join(layout.nginx.dir, 'tmp')]);
      chmodSync(layout.nginx.dir, 0o755);
    }
    const config = join(layout.nginx.dir, 'nginx.conf');
    writeFileSync(config, nginxConfig(layout, { user }));
    const errorLog = join(layout.logDir, 'nginx-error.log');
    const check = spawnSync('/usr/sbin/nginx', ['-t', '-q', '-p', layout.nginx.dir, '-e', errorLog, '-c', config], {
      encoding: 'utf8',
    });
    if (check.status !== 0) {
      throw new Error(`nginx refuses its configuration ${config}:\n${check.stdout}${check.stderr}`);
    }
    startDetached(layout, 'nginx', '/usr/sbin/nginx', ['-p', layout.nginx.dir, '-e', errorLog, '-c', config]);
  }
  await waitFor('nginx', () => isHealthy(nginxUrl(layout)), {
    timeoutMs: 30_000,
    explain: () => tail(join(layout.logDir, 'nginx-error.log')),
  });
}

// ── The whole stack ────────────────────────────────────────────────────────────────────────────────────────────────

/** Starts whatever part of the stack is not running, in order; resolves when every part answers. */
export async function startCluster(layout, { mode = 'shared', serverEnv = {} } = {}) {
  if (!existsSync(SERVER_MAIN)) {
    throw new Error('server/dist/main.js is missing: build the server first (npm run cluster builds it)');
  }
  ensureDebianPackages();
  for (const dir of new Set([layout.dir, layout.nodesDir])) {
    mkdirSync(dir, { recursive: true, mode: 0o755 });
    chmodSync(dir, 0o755);
  }
  await startNodes(layout);
  await startCheckAgentsAndHaproxy(layout);
  await startServers(layout, { mode, env: serverEnv });
  await startNginx(layout);
}

/** Stops everything, servers first and the nodes last (one at a time, so the last one is safe to bootstrap from). */
export async function stopCluster(layout, { wipe = false } = {}) {
  const stopped = [];
  const stop = async (name, options) => {
    if (await stopProcess(layout, name, options)) {
      stopped.push(name);
    }
  };
  await stop('nginx');
  await Promise.all(SERVERS.map((n) => stop(serverName(n))));
  await stop('haproxy');
  await Promise.all(NODES.map((n) => stop(`check-agent${n}`)));
  for (const n of [...NODES].reverse()) {
    await stop(nodeName(n), { graceMs: 120_000 });
  }
  if (wipe) {
    rmSync(layout.dir, { recursive: true, force: true });
    rmSync(layout.nodesDir, { recursive: true, force: true });
  }
  return stopped;
}
