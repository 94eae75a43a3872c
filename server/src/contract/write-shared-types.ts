/* eslint-disable no-console -- a developer's command-line tool */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildOpenApiDocument, createApp } from '../app.factory.js';
import { parseConfig } from '../config/app-config.js';
import { openApiToClient } from './openapi-to-client.js';
import { openApiToTypeScript } from './openapi-to-typescript.js';

/**
 * Regenerates, from the API the server really serves, the contract's types (shared-types/src/api.generated.ts) and
 * the mini-program's client (miniapp/src/services/*.generated.ts).
 */
async function main(): Promise<void> {
  const config = parseConfig(
    { DATABASE_URL: 'sqlite::memory:', SEED_DEMO: 'false' },
    { cwd: process.cwd(), staticDir: '' },
  );
  const app = await createApp(config, { logger: false });
  await app.init();
  const document = buildOpenApiDocument(app);
  await app.close();
  const outputs = [
    ['../../../shared-types/src/api.generated.ts', openApiToTypeScript(document)],
    ...Object.entries(openApiToClient(document)).map(
      ([module, source]) => [`../../../miniapp/src/services/${module}.generated.ts`, source] as const,
    ),
  ];
  for (const [path, source] of outputs) {
    const target = fileURLToPath(new URL(path, import.meta.url));
    writeFileSync(target, source);
    console.log(`wrote ${target}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
