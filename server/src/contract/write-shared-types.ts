/* eslint-disable no-console -- a developer's command-line tool */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildOpenApiDocument, createApp } from '../app.factory.js';
import { parseConfig } from '../config/app-config.js';
import { openApiToTypeScript } from './openapi-to-typescript.js';

/** Regenerates shared-types/src/api.generated.ts from the API the server really serves. */
async function main(): Promise<void> {
  const config = parseConfig(
    { DATABASE_URL: 'sqlite::memory:', SEED_DEMO: 'false' },
    { cwd: process.cwd(), staticDir: '' },
  );
  const app = await createApp(config, { logger: false });
  await app.init();
  const target = fileURLToPath(new URL('../../../shared-types/src/api.generated.ts', import.meta.url));
  writeFileSync(target, openApiToTypeScript(buildOpenApiDocument(app)));
  await app.close();
  console.log(`wrote ${target}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
