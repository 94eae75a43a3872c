import { existsSync, readFileSync } from 'node:fs';
import request from 'supertest';
import type { AuthTokenDto, GuestChallengeDto, StaffCallbackDto } from '@wac/shared-types';
import { AuditEntry } from '../src/audit/audit-entry.entity.js';
import { Booking } from '../src/bookings/booking.entity.js';
import { CallbackRequest } from '../src/callbacks/callback.entity.js';
import { Account } from '../src/identity/account.entity.js';
import { eachDate } from '@wac/rules';
import { leadingZeroBits, proofOfWorkHash } from '../src/identity/proof-of-work.js';
import { JobRunner } from '../src/jobs/job-runner.service.js';
import { Notification } from '../src/notifications/notification.entity.js';
import { startFakeWechat, type FakeWechat } from './support/fake-wechat.js';
import {
  availability,
  book,
  clearRoster,
  demoAdmin,
  demoStaff,
  freezeAt,
  newAccount,
  putOnDuty,
  setTemplate,
} from './support/fixtures.js';
import { startTestApp, TEST_DB, type TestApp } from './support/test-app.js';

/** What the H5 page does: fetch a challenge, find a nonce, start a session. */
export async function solvedGuest(t: TestApp, address = '203.0.113.7'): Promise<request.Response> {
  const http = request(t.app.getHttpServer());
  const { challenge, bits } = (await http.get('/api/auth/guest/challenge').expect(200)).body as GuestChallengeDto;
  let nonce = 0;
  while (leadingZeroBits(proofOfWorkHash(challenge, String(nonce))) < bits) {
    nonce += 1;
  }
  return request(t.app.getHttpServer())
    .post('/api/auth/guest')
    .set('X-Forwarded-For', address)
    .send({ challenge, nonce: String(nonce) });
}

const callbackBody = {
  centreCode: 'jinjiang',
  phone: '13800135678',
  windows: [{ weekday: 2, from: '14:00', to: '16:00' }],
  mayIdentify: false,
  mayLeaveMessage: false,
  topic: '他打我，想问离婚',
};

describe(`the open door: limits no script gets past (${TEST_DB})`, () => {
  let t: TestApp;
  let wechat: FakeWechat;
  const http = () => request(t.app.getHttpServer());
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    wechat = await startFakeWechat();
    t = await startTestApp({
      WECHAT_API_BASE: wechat.baseUrl,
      WECHAT_APPID: 'wx-test',
      WECHAT_SECRET: 'secret',
      // The defaults, but a lighter puzzle to keep the suite quick, and real per-address limits.
      GUEST_POW_BITS: '8',
      LIMIT_GUEST_SESSIONS_PER_HOUR: '60',
      LIMIT_LOGINS_PER_ADDRESS_PER_5_MINUTES: '1000',
      LIMIT_NEW_GUEST_PLACES_PERCENT: '10',
      LIMIT_NEW_GUEST_CALLBACKS_PER_CENTRE: '5',
      LIMIT_NUMBER_REVEALS_PER_HOUR: '3',
    });
    // Monday 28 September 2026 at 07:00 in Shanghai; jinjiang: 1 lawyer, 1 counsellor every day, 2 rooms, 4 times.
    freezeAt(t, '2026-09-28 07:00');
    await clearRoster(t, 'jinjiang');
    await setTemplate(t, 'jinjiang', { rooms: 2, walkInReserve: 0 });
    await putOnDuty(t, 'jinjiang', eachDate('2026-09-28', '2026-10-20'), [['lawyer'], ['counsellor']]);
  });
  afterAll(async () => {
    await t.close();
    await wechat.close();
  });

  it('starts an H5 session only with a solved puzzle, each used once', async () => {
    const started = await solvedGuest(t);
    expect(started.status).toBe(200);
    const { challenge } = (await http().get('/api/auth/guest/challenge').expect(200)).body as GuestChallengeDto;
    const unsolved = await http().post('/api/auth/guest').send({});
    expect(unsolved.status).toBe(400);
    expect(unsolved.body.fields).toEqual([{ field: 'challenge', reason: expect.any(String) }]);
    let nonce = 0;
    while (leadingZeroBits(proofOfWorkHash(challenge, String(nonce))) >= 8) {
      nonce += 1; // a nonce that does not solve it
    }
    const wrong = await http()
      .post('/api/auth/guest')
      .send({ challenge, nonce: String(nonce) })
      .expect(400);
    expect(wrong.body.fields).toEqual([{ field: 'nonce', reason: 'does not solve the challenge' }]);
    const tampered = await http()
      .post('/api/auth/guest')
      .send({ challenge: `${challenge}x`, nonce: '1' })
      .expect(400);
    expect(tampered.body.fields?.[0]?.field).toBe('challenge');
  });

  it('lets one address start only so many sessions an hour (429, Retry-After), and others are not affected', async () => {
    const address = '198.51.100.20';
    const answers = [];
    for (let i = 0; i < 62; i += 1) {
      answers.push((await solvedGuest(t, address)).status);
    }
    expect(answers.filter((status) => status === 200)).toHaveLength(60);
    const refused = await solvedGuest(t, address);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect((await solvedGuest(t, '198.51.100.21')).status).toBe(200);
  });

  it('keeps a script with many new sessions from one address to a tenth of a centre’s places; others still book', async () => {
    const window = (await availability(t, 'jinjiang', '2026-09-28', '2026-10-12')).days;
    const slots = window.flatMap((day) => day.slots);
    const places = slots.reduce((sum, slot) => sum + slot.remaining, 0);
    expect(places).toBeGreaterThanOrEqual(40);
    const script = '192.0.2.66';
    const sessions = await Promise.all(Array.from({ length: 41 }, () => solvedGuest(t, script)));
    const tokens = sessions.map((response) => (response.body as AuthTokenDto).token);
    const attempts = await Promise.all(
      slots.map((slot, i) => book(t, tokens[i % tokens.length] ?? '', { slotId: slot.slotId })),
    );
    const taken = attempts.filter((response) => response.status === 201).length;
    expect(taken).toBeLessThanOrEqual(Math.floor(places / 10));
    expect(attempts.filter((response) => response.status === 429).every((r) => r.body.code === 'NETWORK_LIMIT')).toBe(
      true,
    );
    // A woman in WeChat, and a woman on another network, book as usual.
    const wechatWoman = (await http().post('/api/auth/wechat').send({ code: 'ok-real-woman' }).expect(200)).body
      .token as string;
    const free = (await availability(t, 'jinjiang', '2026-09-28', '2026-10-12')).days
      .flatMap((day) => day.slots)
      .filter((slot) => slot.remaining > 0);
    await book(t, wechatWoman, { slotId: free[0]?.slotId }).expect(201);
    const neighbour = ((await solvedGuest(t, '192.0.2.200')).body as AuthTokenDto).token;
    await book(t, neighbour, { slotId: free[1]?.slotId }).expect(201);
  });

  it('puts at most a handful of callback requests from one address’s new sessions in a centre’s queue', async () => {
    const sessions = await Promise.all(Array.from({ length: 50 }, () => solvedGuest(t, '192.0.2.77')));
    const tokens = sessions.map((response) => (response.body as AuthTokenDto).token);
    const answers = await Promise.all(
      Array.from({ length: 150 }, (_, i) =>
        http()
          .post('/api/callbacks')
          .set(as(tokens[i % tokens.length] ?? ''))
          .send(callbackBody),
      ),
    );
    const queued = answers.filter((response) => response.status === 201).length;
    expect(queued).toBeLessThanOrEqual(5);
    expect(queued).toBeGreaterThan(0);
  });

  it('refuses password guesses after ten per account, whatever the address; the usual device still logs in', async () => {
    const usual = (
      await http().post('/api/auth/login').send({ username: 'staff-shishi', password: 'demo-shishi-2026' }).expect(200)
    ).body as AuthTokenDto;
    expect(usual.deviceToken).toEqual(expect.any(String));
    const guesses = [];
    for (let i = 0; i < 200; i += 1) {
      guesses.push(
        await http()
          .post('/api/auth/login')
          .set('X-Forwarded-For', `10.${i % 200}.0.1`)
          .send({ username: 'staff-shishi', password: `guess-${i}` }),
      );
    }
    expect(guesses.filter((response) => response.status === 401)).toHaveLength(10);
    const locked = guesses.filter((response) => response.status === 429);
    expect(locked).toHaveLength(190);
    expect(locked.every((response) => Number(response.headers['retry-after']) > 0)).toBe(true);
    // Even the right password from a stranger's device waits; her own phone does not.
    await http().post('/api/auth/login').send({ username: 'staff-shishi', password: 'demo-shishi-2026' }).expect(429);
    await http()
      .post('/api/auth/login')
      .send({ username: 'staff-shishi', password: 'demo-shishi-2026', deviceToken: usual.deviceToken })
      .expect(200);
  });

  it('lets a claim lapse after 30 idle minutes, releases a deactivated login’s claims, and lets admins release any', async () => {
    const staffA = await newAccount(t, 'staff', 'jinjiang');
    const staffB = await newAccount(t, 'staff', 'jinjiang');
    const admin = await newAccount(t, 'centre_admin', 'jinjiang');
    const woman = ((await solvedGuest(t, '203.0.113.90')).body as AuthTokenDto).token;
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      ids.push((await http().post('/api/callbacks').set(as(woman)).send(callbackBody).expect(201)).body.id as string);
    }
    const [idle, away, stuck] = ids as [string, string, string];
    freezeAt(t, '2026-09-28 09:00');
    await http().post(`/api/staff/callbacks/${idle}/claim`).set(as(staffA)).expect(200);
    await http().post(`/api/staff/callbacks/${stuck}/claim`).set(as(staffA)).expect(200);
    await http().post(`/api/staff/callbacks/${away}/claim`).set(as(staffB)).expect(200);
    const status = async (id: string) =>
      (await t.dataSource.getRepository(CallbackRequest).findOneByOrFail({ id })).status;

    // An admin gives a colleague's claim back (audited); a plain staff member cannot.
    await http().post(`/api/staff/callbacks/${stuck}/release`).set(as(staffB)).expect(409);
    const released = (await http().post(`/api/staff/callbacks/${stuck}/release`).set(as(admin)).expect(200))
      .body as StaffCallbackDto;
    expect(released).toMatchObject({ status: 'open', phone: null });

    // Deactivating B releases B's claim at the next sweep; A's claim lapses after 30 minutes without a call.
    const usernameB = (await http().get('/api/staff/me').set(as(staffB)).expect(200)).body.username as string;
    await t.dataSource.getRepository(Account).update({ username: usernameB }, { active: false });
    freezeAt(t, '2026-09-28 09:20');
    await t.app.get(JobRunner).runNow('callbacks.lapse-claims');
    expect([await status(away), await status(idle)]).toEqual(['open', 'claimed']);
    freezeAt(t, '2026-09-28 09:31');
    await t.app.get(JobRunner).runNow('callbacks.lapse-claims');
    expect(await status(idle)).toBe('open');
    const releases = await t.dataSource.getRepository(AuditEntry).findBy({ action: 'callback.release' });
    expect(releases.map((entry) => entry.targetId)).toEqual(expect.arrayContaining([idle, away, stuck]));
  });

  it('stops a login that reveals too many numbers in an hour, and tells the centre admins once', async () => {
    const prober = await newAccount(t, 'staff', 'jinjiang');
    const woman = ((await solvedGuest(t, '203.0.113.91')).body as AuthTokenDto).token;
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      ids.push((await http().post('/api/callbacks').set(as(woman)).send(callbackBody).expect(201)).body.id as string);
    }
    const answers = [];
    for (let round = 0; round < 2; round += 1) {
      for (const id of ids) {
        const claim = await http().post(`/api/staff/callbacks/${id}/claim`).set(as(prober));
        answers.push(claim.status);
        if (claim.status === 200) {
          await http().post(`/api/staff/callbacks/${id}/release`).set(as(prober)).expect(200);
        }
      }
    }
    expect(answers).toEqual([200, 200, 200, 429, 429, 429]);
    expect(
      await t.dataSource.getRepository(Notification).countBy({ kind: 'staff_reveal_limit', channel: 'centre' }),
    ).toBe(1);
  });

  it('keeps her words encrypted at rest and shows them only to her chosen centre’s staff, never the city level', async () => {
    const woman = ((await solvedGuest(t, '203.0.113.92')).body as AuthTokenDto).token;
    const free = (await availability(t, 'jinjiang', '2026-10-09', '2026-10-09')).days[0]?.slots.at(-1);
    const booking = (await book(t, woman, { slotId: free?.slotId, topic: '他打我' }).expect(201)).body;
    expect(booking.topic).toBe('他打我');
    const row = await t.dataSource.getRepository(Booking).findOneByOrFail({ id: booking.id as string });
    expect(row.topic).toMatch(/^v1\./);
    expect(row.topic).not.toContain('他打我');
    const callback = await http().post('/api/callbacks').set(as(woman)).send(callbackBody);
    const stored = await t.dataSource
      .getRepository(CallbackRequest)
      .findOneByOrFail({ id: callback.body.id as string });
    expect([stored.topic, stored.phoneEncrypted].every((value) => value?.startsWith('v1.'))).toBe(true);

    const centreStaff = await demoStaff(t, 'jinjiang');
    const city = await demoAdmin(t);
    const list = async (token: string) =>
      (
        (await http().get('/api/staff/bookings?from=2026-10-09&to=2026-10-09').set(as(token)).expect(200)).body
          .items as { id: string; topic: string | null }[]
      ).find((item) => item.id === booking.id);
    expect((await list(centreStaff))?.topic).toBe('他打我');
    expect((await list(`${city}`))?.topic ?? null).toBeNull();
    const queue = async (token: string, centre: string) =>
      (
        (await http().get(`/api/staff/callbacks${centre}`).set(as(token)).expect(200)).body.items as StaffCallbackDto[]
      ).find((item) => item.id === callback.body.id);
    expect((await queue(centreStaff, ''))?.topic).toBe(callbackBody.topic);
    expect((await queue(city, '?centre=jinjiang'))?.topic ?? null).toBeNull();
  });

  const sqliteOnly = TEST_DB === 'sqlite' ? it : it.skip;
  sqliteOnly('leaves nothing of an erased number in the SQLite files, the write-ahead log included', async () => {
    const woman = ((await solvedGuest(t, '203.0.113.94')).body as AuthTokenDto).token;
    const asked = await http().post('/api/callbacks').set(as(woman)).send(callbackBody).expect(201);
    const sealed = (await t.dataSource.getRepository(CallbackRequest).findOneByOrFail({ id: asked.body.id as string }))
      .phoneEncrypted as string;
    await http()
      .post(`/api/callbacks/${asked.body.id as string}/withdraw`)
      .set(as(woman))
      .expect(200);
    const file = t.config.database.kind === 'sqlite' ? t.config.database.path : '';
    const onDisk = [file, `${file}-wal`].filter(existsSync).map((path) => readFileSync(path).toString('latin1'));
    expect(onDisk.length).toBeGreaterThan(0);
    expect(onDisk.some((content) => content.includes(sealed.slice(-16)))).toBe(false);
    expect(onDisk.some((content) => content.includes('13800135678'))).toBe(false);
  });

  it('ends her session on this device: the token stops, what she booked stays', async () => {
    const woman = ((await solvedGuest(t, '203.0.113.93')).body as AuthTokenDto).token;
    const free = (await availability(t, 'jinjiang', '2026-10-08', '2026-10-08')).days[0]?.slots.at(-1);
    const booking = (await book(t, woman, { slotId: free?.slotId }).expect(201)).body;
    await http().post('/api/auth/end-session').set(as(woman)).expect(204);
    await http().get('/api/bookings/mine').set(as(woman)).expect(401);
    expect(await t.dataSource.getRepository(Booking).findOneByOrFail({ id: booking.id as string })).toMatchObject({
      status: 'pending',
    });
  });

  it('sends an API answer, a success or a failure, the security headers that apply to an API', async () => {
    for (const api of [await http().get('/api/centres').expect(200), await http().get('/api/nowhere').expect(404)]) {
      expect(api.headers['cache-control']).toBe('no-store');
      expect(api.headers['x-content-type-options']).toBe('nosniff');
      expect(api.headers['referrer-policy']).toBe('no-referrer');
      expect(api.headers['cross-origin-resource-policy']).toBe('same-origin');
      expect(api.headers['x-frame-options']).toBe('DENY');
      // Opened as a page, an answer loads nothing and cannot be framed.
      expect(api.headers['content-security-policy']).toBe("default-src 'none';frame-ancestors 'none'");
      for (const pageOnly of ['permissions-policy', 'cross-origin-opener-policy', 'origin-agent-cluster']) {
        expect(api.headers).not.toHaveProperty(pageOnly);
      }
    }
  });

  it("sends a page (the API's documentation) the page's policy", async () => {
    const page = await http().get('/api/docs').expect(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.headers['content-security-policy']).not.toContain("'unsafe-eval'");
    expect(page.headers['permissions-policy']).toContain('camera=()');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.headers['x-frame-options']).toBe('DENY');
  });
});
