import request from 'supertest';
import type { AuthTokenDto } from '@wac/shared-types';
import { startFakeWechat, type FakeWechat } from './support/fake-wechat.js';
import { demoStaff } from './support/fixtures.js';
import { sharedStore, startSecondInstance, startTestApp, TEST_DB, type TestApp } from './support/test-app.js';

describe(`the per-address limit (${TEST_DB})`, () => {
  let t: TestApp;
  let wechat: FakeWechat;
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    wechat = await startFakeWechat();
    t = await startTestApp({
      LIMIT_ADDRESS_PER_MINUTE: '5',
      WECHAT_API_BASE: wechat.baseUrl,
      WECHAT_APPID: 'wx-test',
      WECHAT_SECRET: 'secret',
    });
  });
  afterAll(async () => {
    await t.close();
    await wechat.close();
  });

  it('slows anonymous requests from one address, never a WeChat-identified woman or staff', async () => {
    const from = (address: string) => ({ 'X-Forwarded-For': address });
    const get = (path: string) => request(t.app.getHttpServer()).get(path).set(from('100.64.0.9'));
    const woman = (
      (await request(t.app.getHttpServer()).post('/api/auth/wechat').send({ code: 'ok-often' }).expect(200))
        .body as AuthTokenDto
    ).token;
    const staff = await demoStaff(t, 'jinjiang');
    const hers = await Promise.all(Array.from({ length: 20 }, () => get('/api/bookings/mine').set(as(woman))));
    expect(hers.every((response) => response.status === 200)).toBe(true);
    const theirs = await Promise.all(
      Array.from({ length: 20 }, () => get('/api/staff/bookings?from=2026-12-01&to=2026-12-14').set(as(staff))),
    );
    expect(theirs.every((response) => response.status === 200)).toBe(true);
    const anonymous = await Promise.all(Array.from({ length: 8 }, () => get('/api/centres')));
    const refused = anonymous.filter((response) => response.status === 429);
    expect(refused.length).toBeGreaterThanOrEqual(3);
    expect(refused.every((response) => Number(response.headers['retry-after']) > 0)).toBe(true);
    // Another address is not held back by this one.
    await request(t.app.getHttpServer()).get('/api/centres').set(from('100.64.0.10')).expect(200);
  });

  it('counts a body that is not JSON or too large before reading it, and answers it with a request id', async () => {
    const post = () =>
      request(t.app.getHttpServer())
        .post('/api/callbacks')
        .set('X-Forwarded-For', '100.64.0.11')
        .set('Content-Type', 'application/json');
    const answers = [];
    for (let i = 0; i < 4; i += 1) {
      answers.push(await post().send('{"phone": '));
    }
    answers.push(await post().send(JSON.stringify({ phone: 'x'.repeat(20_000) })));
    expect(answers.map((response) => response.status)).toEqual([400, 400, 400, 400, 413]);
    for (const response of answers) {
      expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    }
    const refused = await post().send('{"phone": ');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('keeps limiting in each process when Redis cannot be reached, never letting everything through', async () => {
    // Nothing listens on port 9 (discard) here: every Redis command fails at once.
    const unreachable = await startTestApp({
      REDIS_URL: 'redis://127.0.0.1:9/0',
      RATE_LIMIT_PREFIX: 'wac-test-unreachable:',
      LIMIT_ADDRESS_PER_MINUTE: '5',
    });
    try {
      const get = () =>
        request(unreachable.app.getHttpServer()).get('/api/centres').set('X-Forwarded-For', '100.64.0.5');
      const statuses: number[] = [];
      for (let i = 0; i < 8; i += 1) {
        statuses.push((await get()).status);
      }
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
    } finally {
      await unreachable.close();
    }
  });

  const twoProcesses = TEST_DB === 'mysql' ? it : it.skip;
  twoProcesses('holds one limit across two server processes through the shared Redis store', async () => {
    const store = sharedStore();
    const env = { ...store, LIMIT_GUEST_SESSIONS_PER_HOUR: '5' };
    const first = await startTestApp(env);
    const second = await startSecondInstance(first);
    try {
      const attempts = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          request((i % 2 === 0 ? first : second).app.getHttpServer())
            .post('/api/auth/guest')
            .set('X-Forwarded-For', '100.64.0.77')
            .send({}),
        ),
      );
      expect(attempts.filter((response) => response.status === 200)).toHaveLength(5);
      expect(attempts.filter((response) => response.status === 429)).toHaveLength(3);
    } finally {
      await second.close();
      await first.close();
    }
  });
});
