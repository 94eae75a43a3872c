import request from 'supertest';
import type { BookingDto, BookingListDto, CallbackDto } from '@wac/shared-types';
import { book, freezeAt, guestToken, putOnDuty, slotId } from './support/fixtures.js';
import { startTestApp, TEST_DB, type TestApp } from './support/test-app.js';

const CODE = /^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{10}$/;
const as = (token: string) => ({ Authorization: `Bearer ${token}` });
/** The way she might note it: in two groups, lower case. */
const asNoted = (code = '') => `${code.slice(0, 5)}-${code.slice(5)}`.toLowerCase();
/** A well-formed code that is almost surely nobody's. */
const someCode = (seed: number) =>
  Array.from({ length: 10 }, (_, i) => '23456789ABCDEFGHJKMNPQRSTUVWXYZ'[(seed * 7 + i * 13) % 31]).join('');

describe(`short codes: find, cancel and move with the code alone (${TEST_DB})`, () => {
  let t: TestApp;
  const http = () => request(t.app.getHttpServer());

  beforeAll(async () => {
    t = await startTestApp();
    freezeAt(t, '2026-09-28 07:00'); // Monday
    await putOnDuty(t, 'jinjiang', ['2026-09-29', '2026-09-30'], [['lawyer']]);
  });
  afterAll(() => t.close());

  it('gives each booking a code shown to her, and a new session finds, moves and cancels it with the code', async () => {
    const first = await guestToken(t);
    const booked = (
      await book(t, first, {
        slotId: await slotId(t, 'jinjiang', '2026-09-29', '08:00', 'legal'),
        topic: '只给中心看的话',
      }).expect(201)
    ).body as BookingDto;
    expect(booked.code).toMatch(CODE);
    const mine = (await http().get('/api/bookings/mine').set(as(first)).expect(200)).body as BookingListDto;
    expect(mine.items.map((b) => b.code)).toEqual([booked.code]);

    // Her browser data is cleared: a new session, nothing but the code she noted.
    const later = await guestToken(t);
    const found = (
      await http()
        .get(`/api/bookings/by-code/${asNoted(booked.code)}`)
        .set(as(later))
        .expect(200)
    ).body as BookingDto;
    expect(found).toMatchObject({ id: booked.id, code: booked.code, date: '2026-09-29', status: 'pending' });
    expect(found.topic).toBeNull();

    const moved = (
      await http()
        .post(`/api/bookings/by-code/${booked.code}/reschedule`)
        .set(as(later))
        .send({ slotId: await slotId(t, 'jinjiang', '2026-09-30', '09:00', 'legal') })
        .expect(200)
    ).body as BookingDto;
    expect(moved).toMatchObject({ id: booked.id, date: '2026-09-30', start: '09:00', code: booked.code });
    const stillHers = (await http().get('/api/bookings/mine').set(as(first)).expect(200)).body as BookingListDto;
    expect(stillHers.items[0]).toMatchObject({ id: booked.id, date: '2026-09-30' });

    const cancelled = (await http().post(`/api/bookings/by-code/${booked.code}/cancel`).set(as(later)).expect(200))
      .body as BookingDto;
    expect(cancelled.status).toBe('cancelled');
    await http().post(`/api/bookings/by-code/${booked.code}/cancel`).set(as(later)).expect(409);
  });

  it('answers a wrong code exactly as an unknown booking, revealing nothing', async () => {
    const woman = await guestToken(t);
    const unknownId = await http()
      .post('/api/bookings/00000000-0000-4000-8000-000000000000/cancel')
      .set(as(woman))
      .expect(404);
    for (const wrong of [someCode(1), 'not-a-code', 'ABCDE', '0000000000', '%2e%2e']) {
      const response = await http().get(`/api/bookings/by-code/${wrong}`).set(as(woman)).expect(404);
      expect(response.body).toEqual(unknownId.body);
      await http().post(`/api/bookings/by-code/${wrong}/cancel`).set(as(woman)).expect(404);
    }
    await http()
      .get(`/api/bookings/by-code/${someCode(2)}`)
      .expect(401);
  });

  it('gives each callback request a code; a new session finds and withdraws it, seeing no number or words', async () => {
    const first = await guestToken(t);
    const asked = (
      await http()
        .post('/api/callbacks')
        .set(as(first))
        .send({
          centreCode: 'jinjiang',
          phone: '138 0013 5678',
          windows: [{ weekday: 2, from: '14:00', to: '16:00' }],
          mayIdentify: false,
          mayLeaveMessage: false,
          topic: '想咨询',
        })
        .expect(201)
    ).body as CallbackDto;
    expect(asked.code).toMatch(CODE);
    const later = await guestToken(t);
    const found = (
      await http()
        .get(`/api/callbacks/by-code/${asNoted(asked.code)}`)
        .set(as(later))
        .expect(200)
    ).body as CallbackDto;
    expect(found).toMatchObject({ id: asked.id, status: 'open', phoneMasked: null, topic: null });
    const withdrawn = (await http().post(`/api/callbacks/by-code/${asked.code}/withdraw`).set(as(later)).expect(200))
      .body as CallbackDto;
    expect(withdrawn.status).toBe('withdrawn');
    const hers = (await http().get('/api/callbacks/mine').set(as(first)).expect(200)).body as { items: CallbackDto[] };
    expect(hers.items[0]).toMatchObject({ id: asked.id, status: 'withdrawn', phoneMasked: null });
    await http()
      .get(`/api/callbacks/by-code/${someCode(3)}`)
      .set(as(later))
      .expect(404);
  });

  it('gives rows made before the codes existed a code each when the migration runs (backfill)', async () => {
    const codes = async (table: string) =>
      (await t.dataSource.query<{ id: string; code: string | null }[]>(`SELECT id, code FROM ${table}`)).map(
        (row) => row.code,
      );
    const before = { booking: await codes('booking'), callback_request: await codes('callback_request') };
    expect(before.booking.length).toBeGreaterThan(0);
    expect(before.callback_request.length).toBeGreaterThan(0);
    // Back to the schema before short codes (the rows stay), then forward again: the migration fills them in.
    const migrations = t.dataSource.migrations.map((migration) => migration.name ?? '');
    const shortCodes = migrations.findIndex((name) => name.startsWith('ShortCodes'));
    expect(shortCodes).toBeGreaterThan(0);
    for (let step = migrations.length; step > shortCodes; step -= 1) {
      await t.dataSource.undoLastMigration();
    }
    await t.dataSource.runMigrations();
    for (const table of ['booking', 'callback_request'] as const) {
      const after = await codes(table);
      expect(after).toHaveLength(before[table].length);
      expect(after.every((code) => code !== null && CODE.test(code))).toBe(true);
      expect(new Set(after).size).toBe(after.length);
      // New codes: the old ones went with the column.
      expect(after.filter((code) => before[table].includes(code))).toEqual([]);
    }
  });
});

describe(`short codes: guessing is cut short (${TEST_DB})`, () => {
  let t: TestApp;
  const http = () => request(t.app.getHttpServer());
  const from = (address: string) => ({ 'X-Forwarded-For': address });

  beforeAll(async () => {
    t = await startTestApp({ LIMIT_CODE_LOOKUPS_PER_SESSION_PER_HOUR: '4', LIMIT_CODE_LOOKUPS_PER_HOUR: '6' });
    freezeAt(t, '2026-09-28 07:00');
    await putOnDuty(t, 'jinjiang', ['2026-09-29'], [['lawyer']]);
  });
  afterAll(() => t.close());

  it('refuses a session, then an address, that tries too many codes, even with the right one', async () => {
    const owner = await guestToken(t);
    const booked = (
      await book(t, owner, { slotId: await slotId(t, 'jinjiang', '2026-09-29', '08:00', 'legal') })
        .set(from('100.64.1.1'))
        .expect(201)
    ).body as BookingDto;
    const code = booked.code ?? '';
    expect(code).toMatch(CODE);

    const guesser = await guestToken(t);
    const lookup = (token: string, code: string, address: string) =>
      http().get(`/api/bookings/by-code/${code}`).set(as(token)).set(from(address));
    for (let i = 0; i < 4; i += 1) {
      await lookup(guesser, someCode(10 + i), '100.64.2.1').expect(404);
    }
    // The session has spent its tries, whatever the address: even the right code is refused now.
    const refused = await lookup(guesser, code, '100.64.2.2').expect(429);
    expect(refused.body.code).toBe('RATE_LIMITED');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    await http()
      .get(`/api/callbacks/by-code/${someCode(20)}`)
      .set(as(guesser))
      .set(from('100.64.2.3'))
      .expect(429);

    // Fresh sessions from one address share its count: two more tries there, then 429 for anyone on it.
    const second = await guestToken(t);
    const third = await guestToken(t);
    await lookup(second, someCode(30), '100.64.2.1').expect(404);
    await lookup(third, someCode(31), '100.64.2.1').expect(404);
    await lookup(third, code, '100.64.2.1').expect(429);
    // Another address and session are unaffected: she still finds her booking.
    const owner2 = await guestToken(t);
    await lookup(owner2, code, '100.64.3.1').expect(200);
  });
});
