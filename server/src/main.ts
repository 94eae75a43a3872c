/* eslint-disable no-console -- boot messages for the person starting the server */
import 'reflect-metadata';
import { fileURLToPath } from 'node:url';
import { createApp } from './app.factory.js';
import { ConfigError, parseConfig } from './config/app-config.js';
import { installGracefulShutdown } from './health/graceful-shutdown.js';
import { SeedService } from './seed/seed.service.js';

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
  const app = await createApp(config);
  await app.listen(config.port, config.host);
  installGracefulShutdown(app);
  const base = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}`;
  const database =
    config.database.kind === 'sqlite'
      ? `SQLite ${config.database.path}`
      : `MySQL ${config.database.host}:${config.database.port}/${config.database.database}`;
  console.log(
    [
      '',
      `  妇女援助中心 server is running (${database})`,
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

main().catch((error: unknown) => {
  console.error('The server could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
