import request from 'supertest';
import type { BookingDto, WaitlistEntryDto } from '@wac/shared-types';
import { eachDate } from '@wac/rules';
import { Notification } from '../src/notifications/notification.entity.js';
import { NotificationsService } from '../src/notifications/notifications.service.js';
import { startFakeWechat, type FakeWechat } from './support/fake-wechat.js';
import { book, clearRoster, demoStaff, freezeAt, guestToken, putOnDuty, slotId } from './support/fixtures.js';
import { startTestApp, TEST_DB, type TestApp } from './support/test-app.js';

describe(`waiting list and notices (${TEST_DB})`, () => {
  let t: TestApp;
  let wechat: FakeWechat;
  let staff: string;
  const http = () => request(t.app.getHttpServer());
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });
  const DAY = '2026-09-29';
  const join = (token: string, body: object = { centreCode: 'jinjiang', date: DAY, service: 'legal' }) =>
    http().post('/api/waitlist').set(as(token)).send(body);
  const mine = async (token: string) =>
    ((await http().get('/api/waitlist/mine').set(as(token)).expect(200)).body as { items: WaitlistEntryDto[] }).items;
  const wechatWoman = async (name: string) =>
    (
      (
        await http()
          .post('/api/auth/wechat')
          .send({ code: `ok-${name}` })
          .expect(200)
      ).body as { token: string }
    ).token;

  /** Fills every legal session of the day, one woman each; returns their tokens and bookings. */
  async function fillDay(date: string) {
    const taken: { token: string; booking: BookingDto }[] = [];
    for (const start of ['08:00', '09:00', '10:00', '11:00']) {
      const token = await guestToken(t);
      const booking = (await book(t, token, { slotId: await slotId(t, 'jinjiang', date, start, 'legal') }).expect(201))
        .body as BookingDto;
      taken.push({ token, booking });
    }
    return taken;
  }

  beforeAll(async () => {
    wechat = await startFakeWechat();
    t = await startTestApp({
      WECHAT_API_BASE: wechat.baseUrl,
      WECHAT_APPID: 'wx-test',
      WECHAT_SECRET: 'secret',
      WECHAT_TEMPLATE_BOOKING_RESULT: 'tpl-result',
      WECHAT_TEMPLATE_REMINDER: 'tpl-reminder',
      WECHAT_TEMPLATE_WAITLIST_OFFER: 'tpl-offer',
      WAITLIST_OFFER_MINUTES: '60',
    });
    freezeAt(t, '2026-09-28 07:00');
    await clearRoster(t, 'jinjiang');
    await putOnDuty(t, 'jinjiang', eachDate('2026-09-28', '2026-10-12'), [['lawyer'], ['counsellor']]);
    staff = await demoStaff(t, 'jinjiang');
  });
  afterAll(async () => {
    await t.close();
    await wechat.close();
  });

  it('refuses to queue while the day still has places, then queues in order once it is full', async () => {
    const first = await guestToken(t);
    expect((await join(first).expect(409)).body.code).toBe('PLACES_AVAILABLE');
    const holders = await fillDay(DAY);
    const entry = (await join(first).expect(201)).body as WaitlistEntryDto;
    expect(entry).toMatchObject({
      status: 'waiting',
      position: 1,
      offer: null,
      centreName: '晋江市',
      service: 'legal',
    });
    expect((await join(first).expect(409)).body.code).toBe('ALREADY_WAITING');
    const second = await wechatWoman('second');
    expect(((await join(second).expect(201)).body as WaitlistEntryDto).position).toBe(2);

    // A place frees: the first in line is offered it, held; nobody is booked without accepting.
    await http().post(`/api/bookings/${holders[1]!.booking.id}/cancel`).set(as(holders[1]!.token)).expect(200);
    const [offered] = await mine(first);
    expect(offered).toMatchObject({
      status: 'offered',
      offer: { start: '09:00', end: '09:50', expiresAt: '2026-09-28T00:00:00.000Z' },
    });
    expect(((await http().get('/api/bookings/mine').set(as(first))).body as { items: unknown[] }).items).toEqual([]);
    expect((await mine(second))[0]!.position).toBe(1);
    // The held place is not free for anyone else.
    expect(
      (await book(t, await guestToken(t), { slotId: await slotId(t, 'jinjiang', DAY, '09:00', 'legal') }).expect(409))
        .body.code,
    ).toBe('SLOT_FULL');

    // She accepts: now it is her pending booking.
    const booking = (await http().post(`/api/waitlist/${offered!.id}/accept`).set(as(first)).expect(200))
      .body as BookingDto;
    expect(booking).toMatchObject({ status: 'pending', start: '09:00', date: DAY });
    expect((await mine(first))[0]).toMatchObject({ status: 'accepted', offer: null });
  });

  it('passes a declined offer to the next in line, and a lapsed one too', async () => {
    const date = '2026-09-30';
    const holders = await fillDay(date);
    const [a, b, c] = [await guestToken(t), await guestToken(t), await guestToken(t)];
    for (const token of [a, b, c]) {
      await join(token, { centreCode: 'jinjiang', date, service: 'legal' }).expect(201);
    }
    await http().post(`/api/bookings/${holders[3]!.booking.id}/cancel`).set(as(holders[3]!.token)).expect(200);
    const [offerA] = await mine(a);
    expect(offerA!.status).toBe('offered');
    expect((await http().post(`/api/waitlist/${offerA!.id}/decline`).set(as(a)).expect(200)).body.status).toBe(
      'declined',
    );
    const [offerB] = await mine(b);
    expect(offerB).toMatchObject({ status: 'offered', offer: { start: '11:00' } });

    freezeAt(t, '2026-09-28 08:01'); // past the hour the offer was held
    const [lapsed] = await mine(b);
    expect(lapsed!.status).toBe('expired');
    expect((await http().post(`/api/waitlist/${lapsed!.id}/accept`).set(as(b)).expect(409)).body.code).toBe(
      'OFFER_EXPIRED',
    );
    expect((await mine(c))[0]).toMatchObject({ status: 'offered', offer: { start: '11:00' } });
    freezeAt(t, '2026-09-28 07:00');
  });

  it('lets her leave the line, and keeps others out of her entries', async () => {
    const woman = await guestToken(t);
    const entry = (await join(woman).expect(201)).body as WaitlistEntryDto;
    await http()
      .post(`/api/waitlist/${entry.id}/withdraw`)
      .set(as(await guestToken(t)))
      .expect(404);
    expect((await http().post(`/api/waitlist/${entry.id}/withdraw`).set(as(woman)).expect(200)).body.status).toBe(
      'withdrawn',
    );
    await http().post(`/api/waitlist/${entry.id}/accept`).set(as(woman)).expect(409);
    await http()
      .post('/api/waitlist')
      .set(as(woman))
      .send({ centreCode: 'jinjiang', date: '2026-10-03', service: 'legal' })
      .expect(422);
    await http()
      .post('/api/waitlist')
      .set(as(woman))
      .send({ centreCode: 'jinjiang', date: DAY, service: 'tarot' })
      .expect(400);
  });

  it('sends neutral WeChat notices once, through the outbox, and none for a cancelled booking', async () => {
    const notices = t.app.get(NotificationsService);
    const woman = await wechatWoman('notified');
    const refuser = await wechatWoman('refuser');
    const slot = async (start: string) => slotId(t, 'jinjiang', '2026-10-08', start, 'counselling');
    const kept = (await book(t, woman, { slotId: await slot('08:00'), contactPreference: 'wechat_notice' }).expect(201))
      .body as BookingDto;
    const dropped = (
      await book(t, woman, { slotId: await slot('09:00'), contactPreference: 'wechat_notice' }).expect(201)
    ).body as BookingDto;
    const refused = (
      await book(t, refuser, { slotId: await slot('10:00'), contactPreference: 'wechat_notice' }).expect(201)
    ).body as BookingDto;
    const quiet = (await book(t, await guestToken(t), { slotId: await slot('11:00') }).expect(201)).body as BookingDto;
    for (const booking of [kept, dropped, refused, quiet]) {
      await http().post(`/api/staff/bookings/${booking.id}/confirm`).set(as(staff)).expect(200);
    }
    await http().post(`/api/bookings/${dropped.id}/cancel`).set(as(woman)).expect(200);
    wechat.messages.length = 0;
    await notices.deliverDue();
    await notices.deliverDue(); // a second run sends nothing again
    expect(wechat.messages).toHaveLength(1);
    expect(wechat.messages[0]).toMatchObject({
      touser: 'openid-notified',
      template_id: 'tpl-result',
      page: 'pages/index/index',
    });
    const text = JSON.stringify(wechat.messages[0]!.data);
    expect(text).toContain('2026-10-08 08:00');
    expect(text).not.toMatch(/家暴|暴力|维权|咨询|心理|法律/);
    const status = async (bookingId: string) =>
      (await t.dataSource.getRepository(Notification).find({ where: { bookingId } }))
        .filter((n) => n.clientId !== null) // her notices, not the centre's
        .map((n) => `${n.kind}:${n.status}:${n.lastError ?? ''}`)
        .sort();
    expect(await status(kept.id)).toEqual(['booking_confirmed:sent:', 'booking_reminder:pending:']);
    expect(await status(dropped.id)).toEqual([
      'booking_confirmed:skipped:booking_changed',
      'booking_reminder:pending:',
    ]);
    expect(await status(refused.id)).toEqual(['booking_confirmed:skipped:wechat:43101', 'booking_reminder:pending:']);
    expect(await status(quiet.id)).toEqual(['booking_confirmed:skipped:not_wechat', 'booking_reminder:pending:']);

    // The reminder goes at 18:00 the day before, and not for the cancelled one.
    freezeAt(t, '2026-10-07 18:00');
    wechat.messages.length = 0;
    await notices.deliverDue();
    expect(wechat.messages.map((m) => `${m.touser}:${m.template_id}`)).toEqual(['openid-notified:tpl-reminder']);
    expect(await status(dropped.id)).toEqual([
      'booking_confirmed:skipped:booking_changed',
      'booking_reminder:skipped:booking_changed',
    ]);
    freezeAt(t, '2026-09-28 07:00');
  });
});
