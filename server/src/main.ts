/* eslint-disable no-console -- boot messages for the person starting the server */
import 'reflect-metadata';
import cluster from 'node:cluster';
import { fileURLToPath } from 'node:url';
import { ConfigError, parseConfig, type AppConfig } from './config/app-config.js';
import { holdYoungGenerationWhileStarting } from './young-generation.js';

async function main(): Promise<void> {
  let config;
  try {
    config = parseConfig(process.env, {
      cwd: process.cwd(),
      staticDir: fileURLToPath(new URL('../../miniapp/dist/h5', import.meta.url)),
      serving: true,
    });
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  if (config.clusterWorkers > 1 && cluster.isPrimary) {
    superviseWorkers(config.clusterWorkers);
    return;
  }
  await serve(config);
}

async function serve(config: AppConfig): Promise<void> {
  const releaseYoungGeneration = holdYoungGenerationWhileStarting();
  // Loaded here, not at the top: a cluster's primary only forks and watches, and needs none of the application.
  const { createApp } = await import('./app.factory.js');
  const { SeedService } = await import('./seed/seed.service.js');
  const { installGracefulShutdown } = await import('./health/graceful-shutdown.js');
  const app = await createApp(config);
  await app.listen(config.port, config.host);
  releaseYoungGeneration();
  installGracefulShutdown(app);
  if (cluster.isWorker && cluster.worker?.id !== 1) {
    return;
  }
  const base = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}`;
  const database =
    config.database.kind === 'sqlite'
      ? `SQLite ${config.database.path}`
      : `MySQL ${config.database.host}:${config.database.port}/${config.database.database}`;
  const processes = config.clusterWorkers > 1 ? ` with ${config.clusterWorkers} server processes` : '';
  console.log(
    [
      '',
      `  妇女援助中心 server is running (${database})${processes}`,
      `  Mini-program (H5):  ${base}/`,
      `  API:                ${base}/api`,
      `  API docs (OpenAPI): ${base}/api/docs`,
      ...(config.metricsToken ? [`  Metrics:            ${base}/metrics (Authorization: Bearer $METRICS_TOKEN)`] : []),
      '',
    ].join('\n'),
  );
  const logins = app.get(SeedService).demoLogins;
  if (logins.length > 0) {
    console.log('  Demo logins (embedded demo data only):');
    logins.forEach((login) =>
      console.log(
        `    ${login.username.padEnd(18)} ${login.password.padEnd(22)} ${login.role}${login.centreCode ? ` · ${login.centreCode}` : ''}`,
      ),
    );
    console.log('');
  }
}

/**
 * CLUSTER_WORKERS > 1: this process forks that many servers sharing the port (node:cluster hands each connection to
 * one of them). The first one migrates and seeds alone; the others start once it listens. A server that dies is
 * started again; SIGTERM or SIGINT stops them all, then this process.
 */
function superviseWorkers(count: number): void {
  let stopping = false;
  let firstReady = false;
  const fork = () => cluster.fork();

  cluster.once('listening', () => {
    firstReady = true;
    for (let i = 1; i < count; i += 1) {
      fork();
    }
  });
  // Until every process listens, new connections all go to the ones that do (and keep-alive keeps them there).
  let listening = 0;
  const onListening = () => {
    listening += 1;
    if (listening === count) {
      cluster.off('listening', onListening);
      // On stderr with the primary's other messages about its processes (stdout carries the request log).
      console.error(`All ${count} server processes are listening.`);
    }
  };
  cluster.on('listening', onListening);
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) {
        process.exit(0);
      }
      return;
    }
    if (!firstReady) {
      console.error(`The server could not start (its first process ended with ${signal ?? `code ${code}`}).`);
      process.exit(1);
    }
    console.error(
      `A server process (pid ${worker.process.pid}) ended with ${signal ?? `code ${code}`}; starting another.`,
    );
    setTimeout(fork, 1000);
  });
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      stopping = true;
      const workers = Object.values(cluster.workers ?? {});
      if (workers.length === 0) {
        process.exit(0);
      }
      workers.forEach((worker) => worker?.process.kill('SIGTERM'));
    });
  }
  fork();
}

main().catch((error: unknown) => {
  console.error('The server could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
