import request, { type Response } from 'supertest';
import type { BookingDto, ErrorResponseDto } from '@wac/shared-types';
import { eachDate } from '@wac/rules';
import { RequestLoggingMiddleware } from '../src/common/http/request-logging.middleware.js';
import { encodeSlotId } from '../src/availability/slot-id.js';
import {
  availability,
  clearRoster,
  demoStaff,
  freezeAt,
  freshKey,
  guestToken,
  putOnDuty,
  slotId,
} from './support/fixtures.js';
import { startTestApp, TEST_DB, type TestApp } from './support/test-app.js';

/**
 * `POST /api/bookings` is answered before the framework when its body is plain. These tests hold the two paths to one
 * answer: a request the framework answers is seen by its request-logging middleware, which the edge never reaches;
 * `Content-Encoding: identity` (a body the edge does not read, which the framework's parser reads as it is) sends the
 * same request to the framework.
 */
let frameworkRequests = 0;
const logRequest = RequestLoggingMiddleware.prototype.use;
RequestLoggingMiddleware.prototype.use = function (this: RequestLoggingMiddleware, ...args) {
  frameworkRequests += 1;
  return logRequest.apply(this, args);
};

/** Headers that differ between any two answers, or describe the transfer rather than the answer. */
const PER_ANSWER = new Set([
  'date',
  'x-request-id',
  'content-length',
  'transfer-encoding',
  'etag',
  'connection',
  'keep-alive',
]);
const headersOf = (response: Response) =>
  Object.fromEntries(Object.entries(response.headers).filter(([name]) => !PER_ANSWER.has(name)));
/** What differs between two bookings of the same slot by two women. */
const withoutIdentity = (booking: BookingDto) => ({ ...booking, id: undefined, code: undefined });

describe(`bookings answered before the framework (${TEST_DB})`, () => {
  let t: TestApp;
  const slot = (date: string, start: string) => slotId(t, 'jinjiang', date, start, 'counselling');

  type Send = (token: string | undefined, body: string | object, key?: string | null) => request.Test;
  const post = (viaFramework: boolean): Send => {
    return (token, body, key = freshKey()) => {
      let call = request(t.app.getHttpServer()).post('/api/bookings').set('Content-Type', 'application/json');
      if (token) {
        call = call.set('Authorization', `Bearer ${token}`);
      }
      if (key !== null) {
        call = call.set('Idempotency-Key', key);
      }
      if (viaFramework) {
        call = call.set('Content-Encoding', 'identity');
      }
      return call.send(typeof body === 'string' ? body : JSON.stringify(body));
    };
  };
  const atEdge = post(false);
  const atFramework = post(true);

  /** The same request on both paths (each by its own woman when `women`); fails unless each took its path. */
  async function bothPaths(
    body: string | object,
    options: { women?: boolean; token?: string; key?: string | null } = {},
  ): Promise<[Response, Response]> {
    const token = () => (options.women ? guestToken(t) : Promise.resolve(options.token));
    const [first, second] = [await token(), await token()];
    const before = frameworkRequests;
    const edge = await atEdge(first, body, options.key);
    expect(frameworkRequests).toBe(before);
    const framework = await atFramework(second, body, options.key);
    expect(frameworkRequests).toBe(before + 1);
    return [edge, framework];
  }

  function expectSameAnswer(edge: Response, framework: Response, status: number): void {
    expect(edge.status).toBe(status);
    expect(framework.status).toBe(status);
    expect(headersOf(edge)).toEqual(headersOf(framework));
    expect(framework.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(edge.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(edge.headers['cache-control']).toBe('no-store');
    expect(edge.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  }

  beforeAll(async () => {
    t = await startTestApp();
    freezeAt(t, '2026-11-02 08:30');
    await clearRoster(t, 'jinjiang');
    await putOnDuty(t, 'jinjiang', eachDate('2026-11-02', '2026-11-13'), [['counsellor'], ['counsellor']]);
  });
  afterAll(() => t.close());

  it('books as the framework does: the same status, headers and booking, the topic trimmed', async () => {
    const body = {
      slotId: await slot('2026-11-03', '09:00'),
      topic: '  想了解离婚财产的问题 ',
      contactPreference: 'wechat_notice',
      needs: ['accessible_room'],
    };
    const [edge, framework] = await bothPaths(body, { women: true });
    expectSameAnswer(edge, framework, 201);
    expect(withoutIdentity(edge.body as BookingDto)).toEqual(withoutIdentity(framework.body as BookingDto));
    expect(edge.body).toMatchObject({ status: 'pending', topic: '想了解离婚财产的问题', needs: ['accessible_room'] });
  });

  it('compresses a large answer as the framework does', async () => {
    // A topic JSON must escape makes an answer larger than the compression threshold.
    const body = { slotId: await slot('2026-11-03', '10:00'), topic: '\u0001'.repeat(200) };
    for (const encoding of ['gzip', 'br', 'identity']) {
      const [first, second] = [await guestToken(t), await guestToken(t)];
      const edge = await atEdge(first, body).set('Accept-Encoding', encoding);
      const framework = await atFramework(second, body).set('Accept-Encoding', encoding);
      expectSameAnswer(edge, framework, 201);
      expect(edge.headers['content-encoding']).toBe(encoding === 'identity' ? undefined : encoding);
      expect(withoutIdentity(edge.body as BookingDto)).toEqual(withoutIdentity(framework.body as BookingDto));
      await request(t.app.getHttpServer())
        .post(`/api/bookings/${(edge.body as BookingDto).id}/cancel`)
        .set('Authorization', `Bearer ${first}`)
        .expect(200);
      await request(t.app.getHttpServer())
        .post(`/api/bookings/${(framework.body as BookingDto).id}/cancel`)
        .set('Authorization', `Bearer ${second}`)
        .expect(200);
    }
  });

  it('answers a refusal as the framework does (SLOT_FULL once both places are gone)', async () => {
    const full = await slot('2026-11-03', '09:00');
    const [edge, framework] = await bothPaths({ slotId: full }, { women: true });
    expectSameAnswer(edge, framework, 409);
    expect(edge.body).toEqual(framework.body);
    expect((edge.body as ErrorResponseDto).code).toBe('SLOT_FULL');
  });

  it('returns the same booking to a retry with the same Idempotency-Key, on the edge', async () => {
    const woman = await guestToken(t);
    const key = freshKey();
    const body = { slotId: await slot('2026-11-04', '10:00') };
    const first = await atEdge(woman, body, key).expect(201);
    const again = await atEdge(woman, body, key).expect(201);
    expect((again.body as BookingDto).id).toBe((first.body as BookingDto).id);
  });

  it('tells an ended session so before anything else, on both paths, and never hands it an earlier booking', async () => {
    const endedSession = async (booked?: { body: object; key: string }) => {
      const woman = await guestToken(t);
      if (booked) {
        await atEdge(woman, booked.body, booked.key).expect(201);
      }
      await request(t.app.getHttpServer())
        .post('/api/auth/end-session')
        .set('Authorization', `Bearer ${woman}`)
        .expect(204);
      return woman;
    };
    const past = encodeSlotId({ centreCode: 'jinjiang', date: '2026-11-02', start: '08:00', service: 'counselling' });
    const retried = { body: { slotId: await slot('2026-11-10', '09:00') }, key: freshKey() };
    const cases: [string, () => Promise<string>, object, string | null][] = [
      ['a slot she could book', () => endedSession(), { slotId: await slot('2026-11-10', '10:00') }, freshKey()],
      ['a slot that has begun', () => endedSession(), { slotId: past }, freshKey()],
      ['no Idempotency-Key', () => endedSession(), { slotId: await slot('2026-11-10', '10:00') }, null],
      ['a retry of what she booked before', () => endedSession(retried), retried.body, retried.key],
    ];
    for (const [what, woman, body, key] of cases) {
      for (const send of [atEdge, atFramework]) {
        const response = await send(await woman(), body, key);
        expect([what, response.status, (response.body as ErrorResponseDto).code]).toEqual([what, 401, 'UNAUTHORIZED']);
      }
    }
    // Nothing was booked by the ended sessions: both places of 10:00 are still free.
    expect(
      (await availability(t, 'jinjiang', '2026-11-10', '2026-11-10', 'counselling')).days[0]?.slots,
    ).toContainEqual(expect.objectContaining({ start: '10:00', remaining: 2 }));
  });

  it.each([
    ['a body that is not JSON', '{"slotId": '],
    ['a body nested too deeply', JSON.stringify({ slotId: 'x', topic: [[[[[[[[['deep']]]]]]]]] })],
  ])('answers %s with the framework’s 400 naming the body', async (_what, body) => {
    const woman = await guestToken(t);
    const [edge, framework] = await bothPaths(body, { token: woman });
    expectSameAnswer(edge, framework, 400);
    expect(edge.body).toEqual(framework.body);
    expect((edge.body as ErrorResponseDto).fields).toEqual([expect.objectContaining({ field: 'body' })]);
  });

  it('answers a token that is not valid, a staff token and a missing Idempotency-Key as the framework does', async () => {
    const woman = await guestToken(t);
    const staff = await demoStaff(t, 'jinjiang');
    const body = { slotId: await slot('2026-11-05', '09:00') };
    const cases: [{ token: string; key?: null }, number, string][] = [
      [{ token: 'not-a-token' }, 401, 'UNAUTHORIZED'],
      [{ token: staff }, 403, 'FORBIDDEN'],
      [{ token: woman, key: null }, 400, 'VALIDATION_FAILED'],
    ];
    for (const [options, status, code] of cases) {
      const [edge, framework] = await bothPaths(body, options);
      expectSameAnswer(edge, framework, status);
      expect(edge.body).toEqual(framework.body);
      expect((edge.body as ErrorResponseDto).code).toBe(code);
    }
  });

  it.each([
    ['an unknown field', { extra: 1 }, 'extra'],
    ['a topic that is not text', { topic: 42 }, 'topic'],
    ['a null contact preference', { contactPreference: null }, 'contactPreference'],
    ['an unknown need', { needs: ['a_lift', 'wheelchair'] }, 'needs'],
    ['a need given twice', { needs: ['accessible_room', 'accessible_room'] }, 'needs'],
  ])('hands %s on to the framework, whose validation names the field', async (_what, extra, field) => {
    const woman = await guestToken(t);
    const before = frameworkRequests;
    const response = await atEdge(woman, { slotId: await slot('2026-11-06', '09:00'), ...extra });
    expect(frameworkRequests).toBe(before + 1);
    expect(response.status).toBe(400);
    expect((response.body as ErrorResponseDto).fields?.map((f) => f.field)).toContain(field);
  });

  it('leaves requests without a token, or with a body it does not read, to the framework untouched', async () => {
    const woman = await guestToken(t);
    const body = { slotId: await slot('2026-11-09', '09:00') };
    const before = frameworkRequests;
    await atEdge(undefined, body).expect(401);
    const server = t.app.getHttpServer();
    await request(server)
      .post('/api/bookings')
      .set('Authorization', `Bearer ${woman}`)
      .set('Idempotency-Key', freshKey())
      .set('Content-Type', 'text/plain')
      .send(JSON.stringify(body))
      .expect(400);
    await request(server)
      .post('/api/bookings')
      .set('Authorization', `Bearer ${woman}`)
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ slotId: 'x', topic: '长'.repeat(20_000) }))
      .expect(413);
    expect(frameworkRequests).toBe(before + 3);
  });
});

describe(`bookings at the edge and the limits (${TEST_DB})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LIMIT_ADDRESS_PER_MINUTE: '6', LIMIT_PERSON_WRITES_PER_MINUTE: '100' });
  });
  afterAll(() => t.close());

  it('counts each booking request once against the address, on either path, and refuses past it with Retry-After', async () => {
    const woman = await guestToken(t); // 1
    const attempt = (body: object) =>
      request(t.app.getHttpServer())
        .post('/api/bookings')
        .set('Authorization', `Bearer ${woman}`)
        .set('Idempotency-Key', freshKey())
        .send(body);
    const before = frameworkRequests;
    await attempt({ slotId: 'not-a-slot' }).expect(400); // 2: the edge answers
    await attempt({ slotId: 'not-a-slot', extra: 1 }).expect(400); // 3: counted at the edge, answered by the framework
    await attempt({ slotId: 'not-a-slot' }).expect(400); // 4
    await request(t.app.getHttpServer()).get('/api/health').expect(200); // 5
    await attempt({ slotId: 'not-a-slot' }).expect(400); // 6
    expect(frameworkRequests).toBe(before + 2);
    const refused = await attempt({ slotId: 'not-a-slot' });
    expect(refused.status).toBe(429);
    expect((refused.body as ErrorResponseDto).code).toBe('RATE_LIMITED');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  });
});
