import { DataSource } from 'typeorm';
import { ENTITIES } from '../src/database/entities.js';
import { MYSQL_MIGRATIONS } from '../src/database/migrations/mysql/index.js';
import { SQLITE_MIGRATIONS } from '../src/database/migrations/sqlite/index.js';
import { distFile, freshDatabaseUrl, isBuilt, openDatabase, runNode } from './support/processes.js';
import { TEST_DB } from './support/test-app.js';

const MIGRATE = distFile('database/cli/migrate.js');
const MIGRATIONS = TEST_DB === 'mysql' ? MYSQL_MIGRATIONS : SQLITE_MIGRATIONS;
const describeBuilt = isBuilt('database/cli/migrate.js') ? describe : describe.skip;

/** What a deploy step sees: `npm run migrate` / `migrate:status` run the built CLI against DATABASE_URL. */
describeBuilt(`migrations as a deploy step (${TEST_DB})`, () => {
  const migrate = (databaseUrl: string, args: string[] = []) =>
    runNode(MIGRATE, args, { DATABASE_URL: databaseUrl, NODE_ENV: 'production', APP_SECRET: 'm'.repeat(40) });

  it('reports pending migrations, applies them, then reports none', async () => {
    const databaseUrl = await freshDatabaseUrl();
    const before = await migrate(databaseUrl, ['status']);
    expect(before.code).toBe(2);
    expect(before.stdout).toContain(`${MIGRATIONS.length} pending`);

    const run = await migrate(databaseUrl);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Applied ${MIGRATIONS.length} migration(s).`);

    const after = await migrate(databaseUrl, ['status']);
    expect(after.code).toBe(0);
    expect(after.stdout.match(/^\[x\] /gm)).toHaveLength(MIGRATIONS.length);
    expect(after.stdout).toContain('Up to date.');
    expect((await migrate(databaseUrl)).stdout).toContain('Up to date: nothing to migrate');
  });

  const onMysql = TEST_DB === 'mysql' ? it : it.skip;
  onMysql(
    'lets two processes migrate the same empty database at once: both succeed, each migration runs once',
    async () => {
      const databaseUrl = await freshDatabaseUrl();
      const runs = await Promise.all([migrate(databaseUrl), migrate(databaseUrl)]);
      expect(runs.map((r) => [r.code, r.stderr])).toEqual([
        [0, ''],
        [0, ''],
      ]);
      // One took the lock and migrated; the other waited for it and found nothing left to do.
      const outputs = runs.map((r) => r.stdout);
      expect(outputs.filter((o) => o.includes(`Applied ${MIGRATIONS.length} migration(s).`))).toHaveLength(1);
      expect(outputs.filter((o) => o.includes('waiting for it to finish'))).toHaveLength(1);
      expect(outputs.filter((o) => o.includes('another process had just migrated'))).toHaveLength(1);

      const database = await openDatabase(databaseUrl);
      try {
        const rows = await database.query<{ name: string }[]>('SELECT name FROM migrations ORDER BY id');
        expect(rows.map((row) => row.name)).toEqual(MIGRATIONS.map((m) => m.name));
        // The schema the migrations built is exactly the one the entities describe.
        const checker = new DataSource({ ...database.options, entities: ENTITIES });
        await checker.initialize();
        try {
          expect((await checker.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
        } finally {
          await checker.destroy();
        }
      } finally {
        await database.destroy();
      }
    },
  );
});
