/* eslint-disable no-console -- a developer's command-line tool */
import 'reflect-metadata';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { parseDatabaseUrl, type DatabaseConfig } from '../../config/app-config.js';
import { buildDataSourceOptions } from '../data-source-options.js';
import { detectMysqlServer } from '../mysql-flavour.js';

/**
 * Writes a migration for each dialect from the difference between the entities and the schema the existing
 * migrations build: `node dist/database/cli/generate-migration.js AddBookings` (needs MariaDB for the MySQL one;
 * MIGRATION_MYSQL_URL overrides mysql://root@127.0.0.1:3306/wac_migrations, which it drops and recreates).
 */
async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    throw new Error('Usage: generate-migration <PascalCaseName>');
  }
  const sourceRoot = resolve(import.meta.dirname, '../../../src/database/migrations');
  const timestamp = Date.now();
  const mysqlUrl = process.env.MIGRATION_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/wac_migrations';
  const mysql = parseDatabaseUrl(mysqlUrl, process.cwd(), []);
  if (mysql?.kind !== 'mysql') {
    throw new Error(`MIGRATION_MYSQL_URL is not a MySQL URL: ${mysqlUrl}`);
  }
  await recreateMysqlDatabase(mysql);
  const sqlite: DatabaseConfig = {
    kind: 'sqlite',
    path: join(mkdtempSync(join(tmpdir(), 'wac-migrate-')), 'db.sqlite'),
  };
  for (const [dialect, database] of [
    ['mysql', mysql],
    ['sqlite', sqlite],
  ] as const) {
    const written = await generate(database, join(sourceRoot, dialect), name, timestamp);
    console.log(written ? `wrote ${written}` : `${dialect}: schema already matches the entities`);
  }
}

async function recreateMysqlDatabase(database: Extract<DatabaseConfig, { kind: 'mysql' }>): Promise<void> {
  const admin = new DataSource({
    type: 'mysql',
    host: database.host,
    port: database.port,
    username: database.username,
    password: database.password,
  });
  await admin.initialize();
  await admin.query(`DROP DATABASE IF EXISTS \`${database.database}\``);
  await admin.query(`CREATE DATABASE \`${database.database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.destroy();
}

async function generate(
  database: DatabaseConfig,
  folder: string,
  name: string,
  timestamp: number,
): Promise<string | undefined> {
  const mysqlServer = database.kind === 'mysql' ? await detectMysqlServer(database) : undefined;
  const dataSource = new DataSource(await buildDataSourceOptions(database, { migrationsRun: true, mysqlServer }));
  await dataSource.initialize();
  try {
    const { upQueries, downQueries } = await dataSource.driver.createSchemaBuilder().log();
    if (upQueries.length === 0) {
      return undefined;
    }
    const className = `${name}${timestamp}`;
    const file = join(folder, `${timestamp}-${name}.ts`);
    const statements = (queries: { query: string; parameters?: unknown[] }[]) =>
      queries
        .map(
          (q) =>
            `    await queryRunner.query(${JSON.stringify(q.query)}${q.parameters?.length ? `, ${JSON.stringify(q.parameters)}` : ''});`,
        )
        .join('\n');
    writeFileSync(
      file,
      `import type { MigrationInterface, QueryRunner } from 'typeorm';\n\n` +
        `export class ${className} implements MigrationInterface {\n` +
        `  name = '${className}';\n\n` +
        `  public async up(queryRunner: QueryRunner): Promise<void> {\n${statements(upQueries)}\n  }\n\n` +
        `  public async down(queryRunner: QueryRunner): Promise<void> {\n${statements([...downQueries].reverse())}\n  }\n}\n`,
    );
    writeIndex(folder);
    return file;
  } finally {
    await dataSource.destroy();
  }
}

function writeIndex(folder: string): void {
  const files = readdirSync(folder)
    .filter((f) => /^\d+-[A-Za-z0-9]+\.ts$/.test(f))
    .sort();
  const classes = files.map((f) => {
    const [timestamp, rest] = f.replace(/\.ts$/, '').split('-');
    return { file: f.replace(/\.ts$/, '.js'), className: `${rest}${timestamp}` };
  });
  const constant = folder.endsWith('mysql') ? 'MYSQL_MIGRATIONS' : 'SQLITE_MIGRATIONS';
  writeFileSync(
    join(folder, 'index.ts'),
    `// Maintained by src/database/cli/generate-migration.ts: every migration of this dialect, oldest first.\n` +
      classes.map((c) => `import { ${c.className} } from './${c.file}';`).join('\n') +
      `\n\nexport const ${constant} = [${classes.map((c) => c.className).join(', ')}];\n`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
