// `npm run cluster`: the scale-out stack on this machine. Three MariaDB Galera nodes, HAProxy in front of them with a
// Galera-aware health check, three server processes (server/dist/main.js as deployed) and nginx in front of those.
// Installs what is missing (dependencies, Debian packages), builds what changed, starts what is not running, and prints
// the URL. Safe to run again. `npm run cluster:down` stops it.
// Options: --pinned  each server reaches the cluster through a different node first (default: all through node 1 first)
import { parseArgs } from 'node:util';
import { installDependencies, isStale, pnpm, SERVER_BUILD } from '../lib.mjs';
import { clusterStatus, nginxUrl, serverUrl, startCluster } from './cluster.mjs';
import { clusterLayout, DATABASE, NODES, SERVERS } from './layout.mjs';

async function main() {
  const { values } = parseArgs({ options: { pinned: { type: 'boolean', default: false } } });
  await installDependencies();
  if (isStale(SERVER_BUILD.output, SERVER_BUILD.sources)) {
    console.log('Building the server…');
    if ((await pnpm(['--filter', '@wac/server', 'run', 'build'])) !== 0) {
      throw new Error('The server build failed');
    }
  }
  if (
    isStale('miniapp/dist/h5/index.html', ['miniapp/src', 'miniapp/config', 'miniapp/package.json', 'shared-types/src'])
  ) {
    console.log('Building the mini-program for H5…');
    if ((await pnpm(['--filter', '@wac/miniapp', 'run', 'build:h5'])) !== 0) {
      throw new Error('The H5 build failed');
    }
  }
  const layout = clusterLayout();
  await startCluster(layout, { mode: values.pinned ? 'pinned' : 'shared' });
  const nodes = await clusterStatus(layout);
  console.log(
    [
      '',
      '  妇女援助中心 on a three-node Galera cluster is running',
      `  Mini-program (H5) and API:  ${nginxUrl(layout)}/   (nginx → 3 servers)`,
      `  Servers:                    ${SERVERS.map((n) => serverUrl(layout, n)).join('  ')}`,
      `  Database (HAProxy):         mysql://root@127.0.0.1:${layout.haproxy.port}/${DATABASE}` +
        `   (node N first: ports ${SERVERS.map((n) => layout.haproxy.pinnedPort(n)).join(', ')})`,
      `  HAProxy stats:              http://127.0.0.1:${layout.haproxy.statsPort}/`,
      `  Galera nodes:               ${NODES.map((n) => `node${n} 127.0.0.1:${layout.node(n).sqlPort} ${nodes[n - 1]?.state ?? '?'}`).join(', ')}` +
        ` (cluster size ${nodes[0]?.size ?? '?'})`,
      `  Logs and data:              ${layout.dir}`,
      '  Stop it all:                npm run cluster:down   (add -- --wipe to delete the data too)',
      '',
    ].join('\n'),
  );
}

main().catch((error) => {
  console.error(`\nnpm run cluster failed: ${error.message}`);
  process.exitCode = 1;
});
