/* eslint-disable no-console -- an operator's command-line tool */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { ConfigError, parseConfig } from '../../config/app-config.js';
import { buildDataSourceOptions } from '../data-source-options.js';
import { migrationStatus, runMigrationsUnderLock } from '../migration-runner.js';
import { detectMysqlServer } from '../mysql-flavour.js';

const USAGE = `Migrates the database DATABASE_URL names (the deploy step; servers migrate at boot only with MIGRATE_ON_START=true).

  node server/dist/database/cli/migrate.js          apply every pending migration (safe to run from several places
                                                     at once: on MySQL they take turns under a lock)
  node server/dist/database/cli/migrate.js status   list the migrations; exit code 0 when none is pending, 2 when some are`;

/** Exit code of `status` when migrations are pending, so a deploy script can tell "behind" from "broken" (1). */
const EXIT_PENDING = 2;

async function main(): Promise<void> {
  const command = process.argv[2] ?? 'up';
  if (command !== 'up' && command !== 'status') {
    console.log(USAGE);
    process.exitCode = command === '--help' ? 0 : 1;
    return;
  }
  const config = parseConfig(process.env, { cwd: process.cwd(), staticDir: '' });
  const mysqlServer = config.database.kind === 'mysql' ? await detectMysqlServer(config.database) : undefined;
  const dataSource = await new DataSource(
    await buildDataSourceOptions(config.database, { migrationsRun: false, mysqlServer }),
  ).initialize();
  try {
    if (command === 'status') {
      const migrations = await migrationStatus(dataSource);
      migrations.forEach((m) => console.log(`${m.applied ? '[x]' : '[ ]'} ${m.name}`));
      const pending = migrations.filter((m) => !m.applied).length;
      console.log(pending === 0 ? 'Up to date.' : `${pending} pending: run \`npm run migrate\`.`);
      process.exitCode = pending === 0 ? 0 : EXIT_PENDING;
      return;
    }
    const run = await runMigrationsUnderLock(dataSource, {
      onWait: () => console.log('Another process is migrating this database; waiting for it to finish…'),
    });
    run.applied.forEach((name) => console.log(`applied ${name}`));
    console.log(
      run.applied.length === 0
        ? `Up to date: nothing to migrate${run.waited ? ' (another process had just migrated)' : ''}.`
        : `Applied ${run.applied.length} migration(s).`,
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exitCode = 1;
});
