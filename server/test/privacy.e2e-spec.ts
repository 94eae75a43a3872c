import request from 'supertest';
import type { BookingDto, CallbackDto } from '@wac/shared-types';
import { eachDate } from '@wac/rules';
import { Booking } from '../src/bookings/booking.entity.js';
import { Secrets } from '../src/common/crypto/secrets.js';
import { CallbackRequest } from '../src/callbacks/callback.entity.js';
import { Client } from '../src/identity/client.entity.js';
import { PrivacyService } from '../src/privacy/privacy.service.js';
import { startFakeWechat, type FakeWechat } from './support/fake-wechat.js';
import { book, clearRoster, demoStaff, freezeAt, putOnDuty, slotId } from './support/fixtures.js';
import { startTestApp, TEST_DB, type TestApp } from './support/test-app.js';

describe(`her data: erasure on request, and retention (${TEST_DB})`, () => {
  let t: TestApp;
  let wechat: FakeWechat;
  const http = () => request(t.app.getHttpServer());
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    wechat = await startFakeWechat();
    t = await startTestApp({
      WECHAT_API_BASE: wechat.baseUrl,
      WECHAT_APPID: 'wx',
      WECHAT_SECRET: 'secret',
      BOOKING_DETAILS_RETENTION_DAYS: '30',
    });
    freezeAt(t, '2026-09-28 07:00');
    await clearRoster(t, 'jinjiang');
    await putOnDuty(t, 'jinjiang', eachDate('2026-09-28', '2026-10-12'), [['lawyer'], ['counsellor']]);
  });
  afterAll(async () => {
    await t.close();
    await wechat.close();
  });

  it('erases everything of hers on request; her token stops, her places go to others, her figures stay anonymous', async () => {
    const token = (await http().post('/api/auth/wechat').send({ code: 'ok-erase-me' }).expect(200)).body
      .token as string;
    const booking = (
      await book(t, token, {
        slotId: await slotId(t, 'jinjiang', '2026-09-29', '09:00', 'legal'),
        topic: '想问离婚',
        needs: ['with_child'],
      }).expect(201)
    ).body as BookingDto;
    const callback = (
      await http()
        .post('/api/callbacks')
        .set(as(token))
        .send({
          centreCode: 'jinjiang',
          phone: '13812345678',
          windows: [{ from: '09:00', to: '17:00' }],
          mayIdentify: false,
          mayLeaveMessage: false,
          topic: '晚上打',
        })
        .expect(201)
    ).body as CallbackDto;
    const staff = await demoStaff(t, 'jinjiang');
    await http().post(`/api/staff/callbacks/${callback.id}/claim`).set(as(staff)).expect(200);

    const summary = await http().delete('/api/me').set(as(token)).expect(200);
    expect(summary.body).toEqual({ cancelledBookings: 1, leftWaitingLists: 0, withdrawnCallbacks: 1 });
    await http().get('/api/bookings/mine').set(as(token)).expect(401);

    const bookingRow = await t.dataSource.getRepository(Booking).findOneByOrFail({ id: booking.id });
    expect(bookingRow).toMatchObject({ status: 'cancelled', topic: null, needs: null, seat: null });
    const callbackRow = await t.dataSource.getRepository(CallbackRequest).findOneByOrFail({ id: callback.id });
    expect(callbackRow).toMatchObject({ status: 'withdrawn', phoneEncrypted: null, topic: null });
    const client = await t.dataSource.getRepository(Client).findOneByOrFail({ id: bookingRow.clientId });
    expect(client).toMatchObject({ openidHash: null, openidEncrypted: null });
    expect(client.erasedAt).not.toBeNull();
    // The place is free again, and the same WeChat user starting afresh is a new, unlinked person.
    expect((await http().post('/api/auth/wechat').send({ code: 'ok-erase-me' }).expect(200)).body.token).not.toBe(
      token,
    );
    const again = (await http().post('/api/auth/wechat').send({ code: 'ok-erase-me' }).expect(200)).body
      .token as string;
    expect((await http().get('/api/bookings/mine').set(as(again)).expect(200)).body.items).toEqual([]);
    await book(t, again, { slotId: await slotId(t, 'jinjiang', '2026-09-29', '09:00', 'legal') }).expect(201);
  });

  it('keeps what she wrote with a booking only 30 days after the consultation', async () => {
    const token = (await http().post('/api/auth/guest').expect(200)).body.token as string;
    const booking = (
      await book(t, token, {
        slotId: await slotId(t, 'jinjiang', '2026-10-08', '10:00', 'counselling'),
        topic: '心里很乱',
        needs: ['minnan_dialect'],
      }).expect(201)
    ).body as BookingDto;
    const privacy = t.app.get(PrivacyService);
    freezeAt(t, '2026-11-07 12:00');
    await privacy.eraseExpiredBookingDetails();
    const kept = await t.dataSource.getRepository(Booking).findOneByOrFail({ id: booking.id });
    expect(kept).toMatchObject({ needs: ['minnan_dialect'] });
    expect(t.app.get(Secrets).decrypt(kept.topic ?? '')).toBe('心里很乱'); // kept, and only encrypted
    freezeAt(t, '2026-11-08 00:01');
    expect(await privacy.eraseExpiredBookingDetails()).toBeGreaterThanOrEqual(1);
    expect(await t.dataSource.getRepository(Booking).findOneByOrFail({ id: booking.id })).toMatchObject({
      topic: null,
      needs: null,
      status: 'pending',
    });
    freezeAt(t, '2026-09-28 07:00');
  });

  it('lets only a woman erase her own data', async () => {
    await http().delete('/api/me').expect(401);
    await http()
      .delete('/api/me')
      .set(as(await demoStaff(t, 'jinjiang')))
      .expect(403);
  });
});
