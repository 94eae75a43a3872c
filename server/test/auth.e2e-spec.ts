import request from 'supertest';
import type { AuthTokenDto, ErrorResponseDto } from '@wac/shared-types';
import type { AppConfig } from '../src/config/app-config.js';
import { Client } from '../src/identity/client.entity.js';
import { WechatAdapter } from '../src/identity/wechat/wechat.adapter.js';
import { startFakeWechat, type FakeWechat } from './support/fake-wechat.js';
import { startTestApp, TEST_DB, type TestApp } from './support/test-app.js';

describe(`identity and access (${TEST_DB})`, () => {
  let t: TestApp;
  let wechat: FakeWechat;
  const http = () => request(t.app.getHttpServer());

  beforeAll(async () => {
    wechat = await startFakeWechat();
    t = await startTestApp({
      WECHAT_API_BASE: wechat.baseUrl,
      WECHAT_APPID: 'wx-test-app',
      WECHAT_SECRET: 'test-secret',
    });
  });
  afterAll(async () => {
    await t.close();
    await wechat.close();
  });

  it('exchanges a wx.login code through the WeChat adapter and never returns the session key', async () => {
    const response = await http().post('/api/auth/wechat').send({ code: 'ok-alice' }).expect(200);
    const body = response.body as AuthTokenDto;
    expect(body).toMatchObject({ role: 'woman', centreCode: null });
    expect(body.token.split('.')).toHaveLength(3);
    expect(JSON.stringify(body)).not.toContain('c2Vzc2lvbi1rZXktc2VjcmV0');
    expect(JSON.stringify(body)).not.toContain('openid');
    const sent = wechat.requests.at(-1);
    expect(Object.fromEntries(sent ?? [])).toEqual({
      appid: 'wx-test-app',
      secret: 'test-secret',
      js_code: 'ok-alice',
      grant_type: 'authorization_code',
    });
    // The token is short-lived (two hours by default).
    const lifetime = Date.parse(body.expiresAt) - Date.now();
    expect(lifetime).toBeGreaterThan(110 * 60 * 1000);
    expect(lifetime).toBeLessThanOrEqual(120 * 60 * 1000);
  });

  it('keeps no readable WeChat id: the same person maps to the same client through a keyed hash', async () => {
    await http().post('/api/auth/wechat').send({ code: 'ok-bob' }).expect(200);
    await http().post('/api/auth/wechat').send({ code: 'ok-bob' }).expect(200);
    const clients = await t.dataSource.getRepository(Client).find({ where: { kind: 'wechat' } });
    const stored = JSON.stringify(clients);
    expect(stored).not.toContain('openid-bob');
    expect(clients.filter((c) => c.openidHash !== null)).toHaveLength(2); // alice and bob, bob only once
  });

  it.each([
    ['used', 401, 'WECHAT_CODE_INVALID'],
    ['bad', 401, 'WECHAT_CODE_INVALID'],
    ['risky', 403, 'WECHAT_USER_BLOCKED'],
    ['busy', 429, 'WECHAT_RATE_LIMITED'],
    ['system', 503, 'WECHAT_UNAVAILABLE'],
    ['http500', 503, 'WECHAT_UNAVAILABLE'],
    ['garbage', 503, 'WECHAT_UNAVAILABLE'],
  ])('turns WeChat answer "%s" into %i %s', async (code, status, errorCode) => {
    const response = await http().post('/api/auth/wechat').send({ code }).expect(status);
    expect(response.body.code).toBe(errorCode);
  });

  it('answers 503 when WeChat cannot be reached at all, or is not configured', async () => {
    const adapter = (wechatConfig: AppConfig['wechat']) => new WechatAdapter({ ...t.config, wechat: wechatConfig });
    const closedPort = adapter({ apiBase: 'http://127.0.0.1:9', appId: 'wx', appSecret: 's', templates: {} });
    await expect(closedPort.codeToSession('ok-x')).rejects.toMatchObject({ code: 'WECHAT_UNAVAILABLE' });
    const unconfigured = adapter({ apiBase: wechat.baseUrl, appId: undefined, appSecret: undefined, templates: {} });
    await expect(unconfigured.codeToSession('ok-x')).rejects.toMatchObject({ code: 'WECHAT_NOT_CONFIGURED' });
  });

  it.each([
    [{}, 'code'],
    [{ code: '' }, 'code'],
    [{ code: 'has spaces' }, 'code'],
    [{ code: 'x'.repeat(129) }, 'code'],
    [{ code: 'ok-a', extra: 1 }, 'extra'],
  ])('refuses a bad WeChat login body %j naming %s', async (body, field) => {
    const response = await http().post('/api/auth/wechat').send(body).expect(400);
    expect((response.body as ErrorResponseDto).fields?.map((f) => f.field)).toContain(field);
  });

  it('gives H5 visitors an anonymous session without any personal data', async () => {
    const response = await http().post('/api/auth/guest').send({}).expect(200);
    expect(response.body).toMatchObject({ role: 'woman', centreCode: null });
    const mine = await http()
      .get('/api/bookings/mine')
      .set('Authorization', `Bearer ${response.body.token}`)
      .expect(200);
    expect(mine.body).toEqual({ items: [] });
  });

  it('logs staff in by username and password, with their role and centre', async () => {
    const staff = await http()
      .post('/api/auth/login')
      .send({ username: 'staff-jinjiang', password: 'demo-jinjiang-2026' })
      .expect(200);
    expect(staff.body).toMatchObject({ role: 'staff', centreCode: 'jinjiang' });
    const admin = await http()
      .post('/api/auth/login')
      .send({ username: 'admin', password: 'demo-admin-2026' })
      .expect(200);
    expect(admin.body).toMatchObject({ role: 'city_admin', centreCode: null });
  });

  it('ends every session of a staff login on logout', async () => {
    const login = () =>
      http().post('/api/auth/login').send({ username: 'staff-huian', password: 'demo-huian-2026' }).expect(200);
    const [phone, laptop] = [(await login()).body.token as string, (await login()).body.token as string];
    await http().post('/api/auth/logout').set('Authorization', `Bearer ${phone}`).expect(204);
    await http().get('/api/staff/callbacks').set('Authorization', `Bearer ${phone}`).expect(401);
    await http().get('/api/staff/callbacks').set('Authorization', `Bearer ${laptop}`).expect(401);
    await http()
      .get('/api/staff/callbacks')
      .set('Authorization', `Bearer ${(await login()).body.token as string}`)
      .expect(200);
    const woman = (await http().post('/api/auth/guest').expect(200)).body.token as string;
    await http().post('/api/auth/logout').set('Authorization', `Bearer ${woman}`).expect(403);
  });

  it('refuses wrong passwords and unknown users with the same answer', async () => {
    const wrong = await http()
      .post('/api/auth/login')
      .send({ username: 'staff-jinjiang', password: 'nope-nope-nope' })
      .expect(401);
    const unknown = await http()
      .post('/api/auth/login')
      .send({ username: 'nobody', password: 'nope-nope-nope' })
      .expect(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.code).toBe('LOGIN_FAILED');
    await http().post('/api/auth/login').send({ username: 'admin' }).expect(400);
  });

  it('stores passwords as slow salted hashes', async () => {
    const rows: { passwordHash: string }[] = await t.dataSource.query(
      "SELECT passwordHash FROM account WHERE username IN ('admin', 'staff-city')",
    );
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    }
    expect(rows[0]!.passwordHash).not.toBe(rows[1]!.passwordHash);
  });

  describe('who may call what', () => {
    let woman: string;
    let staff: string;
    beforeAll(async () => {
      woman = (await http().post('/api/auth/guest').expect(200)).body.token;
      staff = (
        await http().post('/api/auth/login').send({ username: 'staff-city', password: 'demo-city-2026' }).expect(200)
      ).body.token;
    });

    it('answers 401 without a token, with a forged or garbled one', async () => {
      await http().get('/api/bookings/mine').expect(401);
      await http().get('/api/bookings/mine').set('Authorization', 'Bearer nonsense').expect(401);
      const [header, payload] = woman.split('.');
      await http()
        .get('/api/bookings/mine')
        .set('Authorization', `Bearer ${header}.${payload}.forgedsignature`)
        .expect(401);
      const otherPayload = Buffer.from(
        JSON.stringify({ typ: 'staff', sub: 'x', role: 'city_admin', centre: null, ver: 1, exp: 9999999999 }),
      ).toString('base64url');
      await http()
        .get('/api/staff/bookings?from=2026-12-01&to=2026-12-02')
        .set('Authorization', `Bearer ${header}.${otherPayload}.${woman.split('.')[2]}`)
        .expect(401);
    });

    it('keeps women out of staff routes and staff out of women routes (403)', async () => {
      const asWoman = await http()
        .get('/api/staff/bookings?from=2026-12-01&to=2026-12-02')
        .set('Authorization', `Bearer ${woman}`)
        .expect(403);
      expect(asWoman.body.code).toBe('FORBIDDEN');
      await http().get('/api/bookings/mine').set('Authorization', `Bearer ${staff}`).expect(403);
      await http().get('/api/callbacks/mine').set('Authorization', `Bearer ${staff}`).expect(403);
      await http().get('/api/staff/callbacks').set('Authorization', `Bearer ${woman}`).expect(403);
    });

    it('keeps staff to their own centre when they ask for another', async () => {
      const response = await http()
        .get('/api/staff/bookings?from=2026-12-01&to=2026-12-02&centre=jinjiang')
        .set('Authorization', `Bearer ${staff}`)
        .expect(403);
      expect(response.body.code).toBe('FORBIDDEN');
    });
  });
});
