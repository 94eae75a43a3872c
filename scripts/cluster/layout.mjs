// Where each part of the local cluster lives: folders and ports. One layout per use (the demo cluster of
// `npm run cluster`, the test suite's, the benchmark's), so a test run never touches a cluster someone is using.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const NODES = [1, 2, 3];
export const SERVERS = [1, 2, 3];
/** The application's database on the cluster. */
export const DATABASE = 'wac';

/**
 * Ports of the demo cluster; the test suite and the benchmark add an offset so they can run beside it.
 * - nginx (what phones talk to): 8080; server processes: 3101–3103
 * - HAProxy: 3310 (every server's way to the cluster: node 1 first, then 2, then 3) and 3321–3323 (the same with node
 *   N first: "pinned", each server writing through a different node); its stats page 8404
 * - Galera nodes: SQL 3311–3313; group communication 4567/4577/4587, incremental transfer +1, state transfer +2
 * - node check agents (HAProxy's health checks): 9201–9203
 */
export function clusterLayout({ name = 'demo', portOffset = 0 } = {}) {
  const dir = join(ROOT, name === 'demo' ? '.cluster' : `.cluster-${name}`);
  const nodesDir = mysqlCanReach(ROOT) ? dir : join('/var/lib/wac-cluster', `${repositoryId()}-${name}`);
  const port = (base) => base + portOffset;
  return {
    name,
    dir,
    nodesDir,
    runDir: join(dir, 'run'),
    logDir: join(dir, 'logs'),
    secretFile: join(dir, 'app-secret'),
    nginx: { port: port(8080), dir: join(dir, 'nginx') },
    haproxy: { port: port(3310), pinnedPort: (n) => port(3320 + n), statsPort: port(8404), dir: join(dir, 'haproxy') },
    node: (n) => ({
      n,
      dir: join(nodesDir, `node${n}`),
      sqlPort: port(3310 + n),
      galeraPort: port(4557 + 10 * n),
      istPort: port(4558 + 10 * n),
      sstPort: port(4559 + 10 * n),
      checkPort: port(9200 + n),
    }),
    server: (n) => ({ n, port: port(3100 + n) }),
    clusterName: `wac-${name}`,
  };
}

/** The DATABASE_URL a server process uses: through HAProxy, shared (node 1 first) or pinned to node N first. */
export function databaseUrl(layout, serverN, mode) {
  const port = mode === 'pinned' ? layout.haproxy.pinnedPort(serverN) : layout.haproxy.port;
  return `mysql://root@127.0.0.1:${port}/${DATABASE}`;
}

/**
 * The Galera nodes run as `mysql` when we are root, and it must be able to reach their folders. When the repository
 * sits where it cannot (a home folder closed to others), the nodes keep their data under /var/lib/wac-cluster instead.
 */
function mysqlCanReach(path) {
  if (process.getuid?.() !== 0) {
    return true;
  }
  return spawnSync('runuser', ['-u', 'mysql', '--', 'test', '-x', path]).status === 0;
}

function repositoryId() {
  return createHash('sha256').update(ROOT).digest('hex').slice(0, 12);
}
