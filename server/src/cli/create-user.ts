/* eslint-disable no-console -- an operator's command-line tool */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { AppModule } from '../app.module.js';
import { DomainError } from '../common/errors/domain-error.js';
import { ConfigError, parseConfig } from '../config/app-config.js';
import { AccountsService } from '../identity/accounts.service.js';
import type { StaffRole } from '../identity/principal.js';

const USAGE = `Creates a staff or admin login in the database DATABASE_URL names.

  node server/dist/cli/create-user.js --username NAME --role staff|centre_admin|city_admin [--centre CODE]

The password is read from standard input (typed, or piped: echo "…" | node …), never from the command line.`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      username: { type: 'string' },
      role: { type: 'string' },
      centre: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help || !values.username || !values.role) {
    console.log(USAGE);
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const config = parseConfig({ ...process.env, SEED_DEMO: 'false' }, { cwd: process.cwd(), staticDir: '' });
  const password = await readPassword();
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: ['error'] });
  try {
    const { id } = await app.get(AccountsService).create({
      username: values.username,
      password,
      role: values.role as StaffRole,
      centreCode: values.centre ?? null,
    });
    console.log(`Created ${values.role} "${values.username}" (${id}).`);
  } finally {
    await app.close();
  }
}

async function readPassword(): Promise<string> {
  const lines = createInterface({
    input: process.stdin,
    output: process.stdin.isTTY ? process.stdout : undefined,
    terminal: false,
  });
  if (process.stdin.isTTY) {
    process.stdout.write('Password (at least 10 characters): ');
  }
  for await (const line of lines) {
    lines.close();
    return line;
  }
  return '';
}

main().catch((error: unknown) => {
  if (error instanceof DomainError || error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exitCode = 1;
});
