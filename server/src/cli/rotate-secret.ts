/* eslint-disable no-console -- an operator's command-line tool */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module.js';
import { ConfigError, parseConfig } from '../config/app-config.js';
import { FieldSealingService } from '../privacy/field-sealing.service.js';

const USAGE = `Re-encrypts every encrypted field (phone numbers, what women wrote, WeChat ids, WeCom robot keys) with
APP_SECRET, reading what APP_SECRET_PREVIOUS sealed, and re-hashes the identifiers found by it.

  APP_SECRET=<new> APP_SECRET_PREVIOUS=<old> DATABASE_URL=… node server/dist/cli/rotate-secret.js

Run it after the servers restarted with both variables; when it reports nothing left under the previous secret,
remove APP_SECRET_PREVIOUS (tokens it signed then stop working: staff and women log in again).`;

async function main(): Promise<void> {
  if (process.argv.includes('--help')) {
    console.log(USAGE);
    return;
  }
  const config = parseConfig(
    { ...process.env, SEED_DEMO: 'false', JOBS_ENABLED: 'false', MIGRATE_ON_START: 'false' },
    { cwd: process.cwd(), staticDir: '' },
  );
  if (!config.appSecretPrevious) {
    console.error('APP_SECRET_PREVIOUS is not set: nothing to rotate from (see --help).');
    process.exitCode = 2;
    return;
  }
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: ['error'] });
  try {
    for (const result of await app.get(FieldSealingService).sealAll()) {
      console.log(`${result.column.padEnd(34)} re-encrypted ${result.resealed}, sealed ${result.sealed}`);
    }
    console.log('Done: every encrypted field now needs only APP_SECRET.');
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exitCode = 1;
});
