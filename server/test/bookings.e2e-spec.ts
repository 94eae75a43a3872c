import request from 'supertest';
import type { BookingDto, BookingListDto, ErrorResponseDto } from '@wac/shared-types';
import { encodeSlotId } from '../src/availability/slot-id.js';
import { eachDate } from '@wac/rules';
import { Booking } from '../src/bookings/booking.entity.js';
import {
  book,
  clearRoster,
  demoAdmin,
  demoStaff,
  freezeAt,
  freshKey,
  guestToken,
  newAccount,
  putOnDuty,
  slotId,
} from './support/fixtures.js';
import { startTestApp, TEST_DB, type TestApp } from './support/test-app.js';

describe(`bookings (${TEST_DB})`, () => {
  let t: TestApp;
  let jinjiangStaff: string;
  let shishiStaff: string;
  let cityAdmin: string;
  const http = () => request(t.app.getHttpServer());
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });
  const slot = (date: string, start: string, service: 'legal' | 'counselling' | 'mediation' = 'legal') =>
    slotId(t, 'jinjiang', date, start, service);
  const staffAct = (token: string, id: string, action: string, body: object = {}) =>
    http().post(`/api/staff/bookings/${id}/${action}`).set(as(token)).send(body);

  beforeAll(async () => {
    t = await startTestApp();
    freezeAt(t, '2026-09-28 08:30'); // a Monday, before National Day
    await clearRoster(t, 'jinjiang');
    await putOnDuty(t, 'jinjiang', eachDate('2026-09-28', '2026-10-12'), [['lawyer'], ['counsellor'], ['mediator']]);
    jinjiangStaff = await demoStaff(t, 'jinjiang');
    shishiStaff = await demoStaff(t, 'shishi');
    cityAdmin = await demoAdmin(t);
  });
  afterAll(() => t.close());
  afterEach(() => freezeAt(t, '2026-09-28 08:30'));

  it('books a free slot as pending, with what she chose', async () => {
    const woman = await guestToken(t);
    const response = await book(t, woman, {
      slotId: await slot('2026-09-29', '09:00'),
      topic: '  想了解离婚财产的问题 ',
      contactPreference: 'wechat_notice',
    }).expect(201);
    const booking = response.body as BookingDto;
    expect(booking).toMatchObject({
      centreCode: 'jinjiang',
      centreName: '晋江市',
      date: '2026-09-29',
      start: '09:00',
      end: '09:50',
      startsAt: '2026-09-29T01:00:00.000Z',
      service: 'legal',
      status: 'pending',
      topic: '想了解离婚财产的问题',
      contactPreference: 'wechat_notice',
      declineReason: null,
    });
    expect(booking.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const mine = await http().get('/api/bookings/mine').set(as(woman)).expect(200);
    expect((mine.body as BookingListDto).items.map((b) => b.id)).toEqual([booking.id]);
  });

  it('returns the same booking for the same Idempotency-Key, and refuses the key for another slot', async () => {
    const woman = await guestToken(t);
    const key = freshKey();
    const first = await book(t, woman, { slotId: await slot('2026-09-29', '10:00') }, key).expect(201);
    const again = await book(t, woman, { slotId: await slot('2026-09-29', '10:00') }, key).expect(201);
    expect(again.body.id).toBe(first.body.id);
    const other = await book(t, woman, { slotId: await slot('2026-09-30', '10:00') }, key).expect(422);
    expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect((await http().get('/api/bookings/mine').set(as(woman))).body.items).toHaveLength(1);
  });

  it('answers SLOT_FULL (409) when the last place is gone, and books the place as soon as it is freed', async () => {
    const target = await slot('2026-09-30', '08:00');
    const first = await guestToken(t);
    const key = freshKey();
    const booking = (await book(t, first, { slotId: target }, key).expect(201)).body as BookingDto;
    // The second and third are refused from their checks read alone: the server has found the slot full.
    for (const loser of [await guestToken(t), await guestToken(t)]) {
      const refused = await book(t, loser, { slotId: target }).expect(409);
      expect(refused.body).toMatchObject({ statusCode: 409, code: 'SLOT_FULL' });
    }
    // Her retry still gets her booking back.
    expect((await book(t, first, { slotId: target }, key).expect(201)).body.id).toBe(booking.id);
    await http().post(`/api/bookings/${booking.id}/cancel`).set(as(first)).expect(200);
    await book(t, await guestToken(t), { slotId: target }).expect(201);
    await book(t, await guestToken(t), { slotId: target }).expect(409);
  });

  it('limits each person to two upcoming bookings, and one place at a time', async () => {
    const woman = await guestToken(t);
    await book(t, woman, { slotId: await slot('2026-10-08', '08:00', 'counselling') }).expect(201);
    const sameTime = await book(t, woman, { slotId: await slot('2026-10-08', '08:00', 'mediation') }).expect(409);
    expect(sameTime.body.code).toBe('ALREADY_BOOKED_AT_THIS_TIME');
    await book(t, woman, { slotId: await slot('2026-10-08', '09:00', 'counselling') }).expect(201);
    const third = await book(t, woman, { slotId: await slot('2026-10-08', '10:00', 'counselling') }).expect(409);
    expect(third.body.code).toBe('LIMIT_REACHED');
  });

  it.each([
    [
      'a closed day (National Day)',
      () => encodeSlotId({ centreCode: 'jinjiang', date: '2026-10-02', start: '09:00', service: 'legal' }),
      'DAY_CLOSED',
    ],
    [
      'a weekend',
      () => encodeSlotId({ centreCode: 'jinjiang', date: '2026-10-11', start: '09:00', service: 'legal' }),
      'DAY_CLOSED',
    ],
    [
      'a time between sessions',
      () => encodeSlotId({ centreCode: 'jinjiang', date: '2026-09-29', start: '08:13', service: 'legal' }),
      'OUTSIDE_HOURS',
    ],
    [
      'an afternoon time',
      () => encodeSlotId({ centreCode: 'jinjiang', date: '2026-09-29', start: '14:00', service: 'legal' }),
      'OUTSIDE_HOURS',
    ],
    [
      'a past day',
      () => encodeSlotId({ centreCode: 'jinjiang', date: '2026-09-24', start: '09:00', service: 'legal' }),
      'SLOT_IN_PAST',
    ],
    [
      'Mid-Autumn Festival',
      () => encodeSlotId({ centreCode: 'jinjiang', date: '2026-09-25', start: '09:00', service: 'legal' }),
      'DAY_CLOSED',
    ],
    [
      'a session within the hour',
      () => encodeSlotId({ centreCode: 'jinjiang', date: '2026-09-28', start: '09:00', service: 'legal' }),
      'TOO_SOON',
    ],
    [
      'a day beyond the 14-day window',
      () => encodeSlotId({ centreCode: 'jinjiang', date: '2026-10-13', start: '09:00', service: 'legal' }),
      'TOO_FAR_AHEAD',
    ],
    [
      'a centre in preparation',
      () => encodeSlotId({ centreCode: 'taishang', date: '2026-09-29', start: '09:00', service: 'legal' }),
      'CENTRE_NOT_BOOKABLE',
    ],
    [
      'a service nobody gives that day',
      () => encodeSlotId({ centreCode: 'licheng', date: '2026-09-29', start: '09:00', service: 'legal' }),
      'SERVICE_NOT_OFFERED',
    ],
  ])('answers 422 for %s', async (_label, makeSlotId, code) => {
    const response = await book(t, await guestToken(t), { slotId: makeSlotId() }).expect(422);
    expect(response.body.code).toBe(code);
  });

  it.each([
    ['no body', {}, 'slotId'],
    ['a made-up slot id', { slotId: 'not-a-slot' }, 'slotId'],
    ['a slot id that is not a string', { slotId: 42 }, 'slotId'],
    ['a topic too long', { slotId: 'czF8', topic: 'x'.repeat(201) }, 'topic'],
    ['an unknown contact preference', { slotId: 'czF8', contactPreference: 'sms' }, 'contactPreference'],
    ['an unknown field', { slotId: 'czF8', name: '王女士' }, 'name'],
  ])('answers 400 naming the field for %s', async (_label, body, field) => {
    const response = await book(t, await guestToken(t), body).expect(400);
    expect((response.body as ErrorResponseDto).fields?.map((f) => f.field)).toContain(field);
  });

  it('requires an Idempotency-Key header', async () => {
    const target = await slot('2026-09-29', '11:00');
    const missing = await book(t, await guestToken(t), { slotId: target }, null).expect(400);
    expect(missing.body.fields).toEqual([expect.objectContaining({ field: 'Idempotency-Key' })]);
    await book(t, await guestToken(t), { slotId: target }, 'short').expect(400);
  });

  it('lets her cancel any time before the start, freeing the place at once', async () => {
    const woman = await guestToken(t);
    const target = await slot('2026-10-09', '08:00');
    const booking = (await book(t, woman, { slotId: target }).expect(201)).body as BookingDto;
    const cancelled = await http().post(`/api/bookings/${booking.id}/cancel`).set(as(woman)).expect(200);
    expect(cancelled.body.status).toBe('cancelled');
    await book(t, await guestToken(t), { slotId: target }).expect(201);
    const again = await http().post(`/api/bookings/${booking.id}/cancel`).set(as(woman)).expect(409);
    expect(again.body.code).toBe('BOOKING_STATUS_CONFLICT');
    // A cancelled booking cannot be confirmed by staff.
    const confirm = await staffAct(jinjiangStaff, booking.id, 'confirm').expect(409);
    expect(confirm.body.code).toBe('BOOKING_STATUS_CONFLICT');
  });

  it('refuses to cancel once the consultation has started', async () => {
    const woman = await guestToken(t);
    const booking = (await book(t, woman, { slotId: await slot('2026-09-29', '11:00', 'mediation') }).expect(201))
      .body as BookingDto;
    freezeAt(t, '2026-09-29 11:05');
    const late = await http().post(`/api/bookings/${booking.id}/cancel`).set(as(woman)).expect(422);
    expect(late.body.code).toBe('TOO_LATE_TO_CHANGE');
  });

  it('reschedules atomically: to a free slot it moves and frees the old place; to a full one it keeps the old', async () => {
    const woman = await guestToken(t);
    const from = await slot('2026-10-09', '09:00');
    const to = await slot('2026-10-09', '10:00');
    const full = await slot('2026-10-09', '11:00');
    await book(t, await guestToken(t), { slotId: full }).expect(201);
    const booking = (await book(t, woman, { slotId: from }).expect(201)).body as BookingDto;
    await staffAct(jinjiangStaff, booking.id, 'confirm').expect(200);

    const refused = await http()
      .post(`/api/bookings/${booking.id}/reschedule`)
      .set(as(woman))
      .send({ slotId: full })
      .expect(409);
    expect(refused.body.code).toBe('SLOT_FULL');
    const unchanged = (await http().get('/api/bookings/mine').set(as(woman))).body.items[0] as BookingDto;
    expect(unchanged).toMatchObject({ id: booking.id, start: '09:00', status: 'confirmed' });

    const moved = await http()
      .post(`/api/bookings/${booking.id}/reschedule`)
      .set(as(woman))
      .send({ slotId: to })
      .expect(200);
    expect(moved.body).toMatchObject({ id: booking.id, start: '10:00', status: 'pending' });
    expect((await http().get('/api/bookings/mine').set(as(woman))).body.items).toHaveLength(1);
    await book(t, await guestToken(t), { slotId: from }).expect(201);
  });

  it('takes staff through confirm → arrive → complete, and decline with a reason she can see', async () => {
    const woman = await guestToken(t);
    const a = (await book(t, woman, { slotId: await slot('2026-09-29', '10:00', 'mediation') }).expect(201))
      .body as BookingDto;
    const b = (await book(t, woman, { slotId: await slot('2026-09-30', '10:00', 'mediation') }).expect(201))
      .body as BookingDto;
    expect((await staffAct(jinjiangStaff, a.id, 'confirm').expect(200)).body.status).toBe('confirmed');
    expect((await staffAct(jinjiangStaff, a.id, 'arrive').expect(200)).body.status).toBe('arrived');
    expect((await staffAct(jinjiangStaff, a.id, 'complete').expect(200)).body.status).toBe('completed');
    await staffAct(jinjiangStaff, b.id, 'decline', {}).expect(400);
    await staffAct(jinjiangStaff, b.id, 'decline', { reason: 'because' }).expect(400);
    const declined = await staffAct(jinjiangStaff, b.id, 'decline', { reason: 'staff_unavailable' }).expect(200);
    expect(declined.body).toMatchObject({ status: 'declined', declineReason: 'staff_unavailable' });
    const hers = (await http().get('/api/bookings/mine').set(as(woman))).body.items as BookingDto[];
    expect(hers.find((x) => x.id === b.id)).toMatchObject({ status: 'declined', declineReason: 'staff_unavailable' });
  });

  it('records a no-show only after the start, and never holds it against her', async () => {
    const woman = await guestToken(t);
    const booking = (await book(t, woman, { slotId: await slot('2026-09-30', '11:00', 'counselling') }).expect(201))
      .body as BookingDto;
    const early = await staffAct(jinjiangStaff, booking.id, 'no-show').expect(422);
    expect(early.body.code).toBe('NOT_YET_STARTED');
    freezeAt(t, '2026-09-30 11:20');
    expect((await staffAct(jinjiangStaff, booking.id, 'no-show').expect(200)).body.status).toBe('no_show');
    await book(t, woman, { slotId: await slot('2026-10-08', '11:00', 'legal') }).expect(201);
    await book(t, woman, { slotId: await slot('2026-10-09', '11:00', 'mediation') }).expect(201);
  });

  it('lets only one of two staff acting at once win (compare-and-swap)', async () => {
    const booking = (await book(t, await guestToken(t), { slotId: await slot('2026-10-12', '08:00') }).expect(201))
      .body as BookingDto;
    const second = await newAccount(t, 'staff', 'jinjiang');
    const results = await Promise.all([
      staffAct(jinjiangStaff, booking.id, 'confirm'),
      staffAct(second, booking.id, 'confirm'),
      staffAct(cityAdmin, booking.id, 'confirm'),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    const row = await t.dataSource.getRepository(Booking).findOneByOrFail({ id: booking.id });
    expect(row.version).toBe(2);
  });

  describe('who sees which booking', () => {
    let woman: string;
    let booking: BookingDto;
    beforeAll(async () => {
      woman = await guestToken(t);
      booking = (await book(t, woman, { slotId: await slot('2026-10-12', '09:00', 'counselling') }).expect(201))
        .body as BookingDto;
    });

    it('answers 404 to another woman for her booking, and never lists it', async () => {
      const other = await guestToken(t);
      expect((await http().post(`/api/bookings/${booking.id}/cancel`).set(as(other)).expect(404)).body.code).toBe(
        'BOOKING_NOT_FOUND',
      );
      await http()
        .post(`/api/bookings/${booking.id}/reschedule`)
        .set(as(other))
        .send({ slotId: await slot('2026-10-12', '10:00', 'counselling') })
        .expect(404);
      expect((await http().get('/api/bookings/mine').set(as(other))).body.items).toEqual([]);
      await http().post('/api/bookings/not-a-uuid/cancel').set(as(woman)).expect(404);
    });

    it("shows staff and centre admins only their centre's bookings; 404 for another centre's", async () => {
      const range = 'from=2026-09-28&to=2026-10-12';
      const own = (await http().get(`/api/staff/bookings?${range}`).set(as(jinjiangStaff)).expect(200)).body
        .items as BookingDto[];
      expect(own.map((b) => b.id)).toContain(booking.id);
      expect(own.every((b) => b.centreCode === 'jinjiang')).toBe(true);
      const elsewhere = (await http().get(`/api/staff/bookings?${range}`).set(as(shishiStaff)).expect(200)).body
        .items as BookingDto[];
      expect(elsewhere.map((b) => b.id)).not.toContain(booking.id);
      expect((await staffAct(shishiStaff, booking.id, 'confirm').expect(404)).body.code).toBe('BOOKING_NOT_FOUND');
      const shishiAdmin = await newAccount(t, 'centre_admin', 'shishi');
      await staffAct(shishiAdmin, booking.id, 'confirm').expect(404);
      const jinjiangAdmin = await newAccount(t, 'centre_admin', 'jinjiang');
      const pendingOnly = (
        await http().get(`/api/staff/bookings?${range}&status=pending`).set(as(jinjiangAdmin)).expect(200)
      ).body.items as BookingDto[];
      expect(pendingOnly.map((b) => b.id)).toContain(booking.id);
      expect(pendingOnly.every((b) => b.status === 'pending')).toBe(true);
    });

    it('shows city admins every centre, or one', async () => {
      const range = 'from=2026-09-28&to=2026-10-12';
      const all = (await http().get(`/api/staff/bookings?${range}`).set(as(cityAdmin)).expect(200)).body
        .items as BookingDto[];
      expect(all.map((b) => b.id)).toContain(booking.id);
      const shishiOnly = (await http().get(`/api/staff/bookings?${range}&centre=shishi`).set(as(cityAdmin)).expect(200))
        .body.items as BookingDto[];
      expect(shishiOnly.map((b) => b.id)).not.toContain(booking.id);
      await staffAct(cityAdmin, booking.id, 'confirm').expect(200);
    });

    it('shows staff no name, phone or WeChat id of the woman', async () => {
      const own = (
        await http().get('/api/staff/bookings?from=2026-10-12&to=2026-10-12').set(as(jinjiangStaff)).expect(200)
      ).body.items as object[];
      expect(Object.keys(own[0]!).sort()).toEqual(
        [
          'centreCode',
          'centreName',
          'contactPreference',
          'createdAt',
          'date',
          'declineReason',
          'end',
          'id',
          'needs',
          'recorded',
          'service',
          'start',
          'startsAt',
          'status',
          'topic',
        ].sort(),
      );
    });

    it('validates the staff list query', async () => {
      const response = await http().get('/api/staff/bookings?from=2026-10-12').set(as(jinjiangStaff)).expect(400);
      expect((response.body as ErrorResponseDto).fields?.map((f) => f.field)).toContain('to');
      await http()
        .get('/api/staff/bookings?from=2026-10-12&to=2026-10-13&status=lost')
        .set(as(jinjiangStaff))
        .expect(400);
      await http()
        .get('/api/staff/bookings?from=2026-10-12&to=2026-10-13&service=tarot')
        .set(as(jinjiangStaff))
        .expect(400);
      const counselling = (
        await http()
          .get('/api/staff/bookings?from=2026-09-28&to=2026-10-12&service=counselling')
          .set(as(jinjiangStaff))
          .expect(200)
      ).body as BookingListDto;
      expect(counselling.items.length).toBeGreaterThan(0);
      expect(counselling.items.every((b) => b.service === 'counselling')).toBe(true);
    });
  });
});
