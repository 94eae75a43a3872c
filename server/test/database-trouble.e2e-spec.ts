import request from 'supertest';
import type { CentreListDto } from '@wac/shared-types';
import { startFreezableProxy, type FreezableProxy } from './support/freezable-proxy.js';
import { guestToken } from './support/fixtures.js';
import { startTestApp, TEST_DB, type TestApp } from './support/test-app.js';

const onMysql = TEST_DB === 'mysql' ? describe : describe.skip;
const DEADLINE_MS = 5000;

/** What a woman meets when the database hangs (a frozen MariaDB process) or stops, and when it is back. */
onMysql('a database that hangs', () => {
  let proxy: FreezableProxy;
  let t: TestApp;
  const http = () => request(t.app.getHttpServer());

  beforeAll(async () => {
    const real = new URL(process.env.TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/test');
    proxy = await startFreezableProxy({ host: real.hostname, port: Number(real.port || 3306) });
    const throughProxy = new URL(real);
    throughProxy.hostname = '127.0.0.1';
    throughProxy.port = String(proxy.port);
    t = await startTestApp({ DATABASE_URL: throughProxy.toString() });
  });

  afterAll(async () => {
    proxy.thaw();
    await t.close();
    await proxy.close();
  });

  /** Status and how long it took, for a request that must not hang. */
  async function timed(call: () => request.Test): Promise<{ status: number; ms: number; body: unknown }> {
    const started = Date.now();
    const response = await call().timeout(DEADLINE_MS * 3);
    return { status: response.status, ms: Date.now() - started, body: response.body };
  }

  it('answers 503 within five seconds, health included, keeps the centre list, and recovers without a restart', async () => {
    const token = await guestToken(t);
    const before = (await http().get('/api/centres').expect(200)).body as CentreListDto;
    await http().get('/api/bookings/mine').set('Authorization', `Bearer ${token}`).expect(200);

    proxy.freeze();
    // Several at once, each on a connection of the pool the database stopped answering.
    const [ready, centres, nearest, ...mine] = await Promise.all([
      timed(() => http().get('/api/health/ready')),
      timed(() => http().get('/api/centres')),
      timed(() => http().get('/api/centres').query({ lat: 24.91, lng: 118.59, limit: 3 })),
      ...Array.from({ length: 6 }, () =>
        timed(() => http().get('/api/bookings/mine').set('Authorization', `Bearer ${token}`)),
      ),
    ]);
    const live = await timed(() => http().get('/api/health/live'));

    expect(ready).toMatchObject({ status: 503 });
    expect(ready.ms).toBeLessThan(DEADLINE_MS);
    expect(live).toMatchObject({ status: 200 });
    for (const answer of mine) {
      expect(answer).toMatchObject({ status: 503, body: { code: 'DATABASE_UNAVAILABLE' } });
      expect(answer.ms).toBeLessThan(DEADLINE_MS);
    }
    // She can still find a centre and its phone number: the last copy this process read.
    expect(centres.status).toBe(200);
    expect(centres.body).toEqual(before);
    expect(centres.ms).toBeLessThan(DEADLINE_MS);
    expect(nearest.status).toBe(200);
    const nearestItems = (nearest.body as CentreListDto).items;
    expect(nearestItems).toHaveLength(3);
    expect(nearestItems[0]).toMatchObject({ phone: expect.any(String), distanceMeters: expect.any(Number) });

    proxy.thaw();
    // Back without a restart: the pool replaces the connections it gave up on.
    let readyAgain = 503;
    for (let attempt = 0; attempt < 20 && readyAgain !== 200; attempt += 1) {
      readyAgain = (await http().get('/api/health/ready')).status;
      if (readyAgain !== 200) {
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
    expect(readyAgain).toBe(200);
    await http().get('/api/bookings/mine').set('Authorization', `Bearer ${token}`).expect(200);
  }, 60_000);

  it('gives up on a counter read stuck on a pooled connection, and answers the centre list it kept', async () => {
    const before = (await http().get('/api/centres').expect(200)).body as CentreListDto;
    // Open connections the pool keeps idle: the next read takes one of them, not a new one whose connect times out.
    const token = await guestToken(t);
    await Promise.all(
      Array.from({ length: 4 }, () =>
        http().get('/api/bookings/mine').set('Authorization', `Bearer ${token}`).expect(200),
      ),
    );

    proxy.freeze();
    const centres = await timed(() => http().get('/api/centres'));
    proxy.thaw();

    expect(centres).toMatchObject({ status: 200, body: before });
    expect(centres.ms).toBeLessThan(DEADLINE_MS);
  }, 30_000);
});
