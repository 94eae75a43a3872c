import request from 'supertest';
import { openApiToClient } from '../src/contract/openapi-to-client.js';
import { openApiToTypeScript } from '../src/contract/openapi-to-typescript.js';
import { buildOpenApiDocument } from '../src/app.factory.js';
import { readFileSync } from 'node:fs';
import { addDays, shanghaiClock } from '@wac/rules';
import { book, guestToken, markDay, slotId } from './support/fixtures.js';
import { startTestApp, TEST_DB, type TestApp } from './support/test-app.js';

describe(`platform (${TEST_DB})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('reports liveness and the database', async () => {
    const response = await request(t.app.getHttpServer()).get('/api/health').expect(200);
    expect(response.body).toEqual({ status: 'ok', database: 'up' });
  });

  it('gives every response a request id, and keeps a safe incoming one', async () => {
    const fresh = await request(t.app.getHttpServer()).get('/api/health');
    expect(fresh.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await request(t.app.getHttpServer()).get('/api/health').set('X-Request-Id', 'abcdef12-trace');
    expect(kept.headers['x-request-id']).toBe('abcdef12-trace');
    const replaced = await request(t.app.getHttpServer()).get('/api/health').set('X-Request-Id', '<script>');
    expect(replaced.headers['x-request-id']).not.toBe('<script>');
  });

  it('answers unknown endpoints and unreadable bodies with the error shape, never a 500', async () => {
    const missing = await request(t.app.getHttpServer()).get('/api/nothing-here').expect(404);
    expect(missing.body).toEqual({ statusCode: 404, code: 'NOT_FOUND', message: expect.any(String) });
    const badJson = await request(t.app.getHttpServer())
      .post('/api/centres')
      .set('Content-Type', 'application/json')
      .send('{bad');
    expect(badJson.status).toBe(400);
    expect(badJson.body.code).toBe('BAD_REQUEST');
    expect(JSON.stringify(badJson.body)).not.toMatch(/at .*\.js/);
  });

  it('has migrations that build exactly the schema the entities describe', async () => {
    const pending = await t.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('keeps every row when the migrations since the first release are undone and run again', async () => {
    // The last migration deployed installations had before this session's schema changes.
    const RELEASED = 1795919679421;
    const token = await guestToken(t);
    const day = addDays(shanghaiClock(new Date()).date, 3);
    await markDay(t, day, 'jinjiang', 'open', '升级测试');
    await book(t, token, { slotId: await slotId(t, 'jinjiang', day, '10:00', 'legal') }).expect(201);
    /** Rows per table, for the tables that exist (the newer migrations create some). */
    const counts = async () => {
      const rows: Record<string, number> = {};
      for (const { tableName } of t.dataSource.entityMetadatas) {
        const answer = await t.dataSource.query(`SELECT COUNT(*) AS n FROM ${tableName}`).catch(() => undefined);
        if (answer) {
          rows[tableName] = Number((answer as { n: number }[])[0]?.n);
        }
      }
      return rows;
    };
    const before = await counts();
    const newer = t.dataSource.migrations.filter(
      (migration) => Number(/\d{13}$/.exec(migration.name ?? '')?.[0]) > RELEASED,
    );
    expect(newer.length).toBeGreaterThan(0);
    for (let i = 0; i < newer.length; i += 1) {
      await t.dataSource.undoLastMigration({ transaction: 'each' });
    }
    const released = await counts();
    await t.dataSource.runMigrations({ transaction: 'each' });
    const after = await counts();
    // The outbox is transient, and staff notices cannot be written in the released schema: they go on the way down.
    delete released.notification;
    for (const [table, rows] of Object.entries(released)) {
      expect({ table, rows }).toEqual({ table, rows: before[table] });
      expect({ table, rows: after[table] }).toEqual({ table, rows });
    }
    expect(before.booking).toBeGreaterThan(0);
    expect(before.client).toBeGreaterThan(0);
  });

  it('serves its OpenAPI document, and shared-types and the mini-program client are generated from exactly it', async () => {
    const response = await request(t.app.getHttpServer()).get('/api/docs/openapi.json').expect(200);
    expect(Object.keys(response.body.paths as object)).toEqual(
      expect.arrayContaining(['/api/centres', '/api/centres/{code}', '/api/health']),
    );
    const committed = readFileSync(new URL('../../shared-types/src/api.generated.ts', import.meta.url), 'utf8');
    // If this fails, the API changed: run `node scripts/gen-shared-types.mjs` and let the mini-program's type-check follow.
    const document = buildOpenApiDocument(t.app);
    expect(openApiToTypeScript(document)).toBe(committed);
    for (const [module, source] of Object.entries(openApiToClient(document))) {
      const committedClient = readFileSync(
        new URL(`../../miniapp/src/services/${module}.generated.ts`, import.meta.url),
        'utf8',
      );
      expect({ module, source }).toEqual({ module, source: committedClient });
    }
  });
});
