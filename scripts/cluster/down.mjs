// `npm run cluster:down`: stops everything `npm run cluster` started (by the pids it recorded, nothing else).
// Options: --wipe  also delete the cluster's data and logs (.cluster/)
import { parseArgs } from 'node:util';
import { stopCluster } from './cluster.mjs';
import { clusterLayout } from './layout.mjs';

async function main() {
  const { values } = parseArgs({ options: { wipe: { type: 'boolean', default: false } } });
  const layout = clusterLayout();
  const stopped = await stopCluster(layout, { wipe: values.wipe });
  console.log(stopped.length > 0 ? `Stopped: ${stopped.join(', ')}` : 'Nothing of the cluster was running.');
  if (values.wipe) {
    console.log(`Deleted ${layout.dir}`);
  }
}

main().catch((error) => {
  console.error(`npm run cluster:down failed: ${error.message}`);
  process.exitCode = 1;
});
