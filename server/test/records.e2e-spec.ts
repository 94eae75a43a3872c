import request from 'supertest';
import type { BookingDto, CallbackDto, ErrorResponseDto, RecordDto } from '@wac/shared-types';
import { ConsultationRecord } from '../src/records/consultation-record.entity.js';
import {
  book,
  clearRoster,
  demoAdmin,
  demoStaff,
  freezeAt,
  guestToken,
  newAccount,
  putOnDuty,
  slotId,
} from './support/fixtures.js';
import { startTestApp, TEST_DB, type TestApp } from './support/test-app.js';

describe(`consultation records (${TEST_DB})`, () => {
  let t: TestApp;
  let staff: string;
  const http = () => request(t.app.getHttpServer());
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });
  const walkIn = {
    date: '2026-10-09',
    channel: 'walk_in',
    category: 'marriage_family',
    services: ['legal_advice', 'counselling'],
    referrals: ['none'],
    followUpNeeded: true,
    durationMinutes: 40,
    helperProfession: 'lawyer',
    ageBand: '30_39',
    area: 'jinjiang',
    mandatoryReport: false,
  };
  const create = (token: string, body: object) => http().post('/api/staff/records').set(as(token)).send(body);

  beforeAll(async () => {
    t = await startTestApp();
    freezeAt(t, '2026-10-09 11:00');
    staff = await demoStaff(t, 'jinjiang');
  });
  afterAll(() => t.close());

  it('registers a walk-in as an anonymized record with nothing personal in it', async () => {
    const record = (await create(staff, { ...walkIn, note: '需要下周再来一次' }).expect(201)).body as RecordDto;
    expect(record).toMatchObject({
      ...walkIn,
      centreCode: 'jinjiang',
      current: true,
      supersedes: null,
      note: '需要下周再来一次',
    });
    const row = await t.dataSource.getRepository(ConsultationRecord).findOneByOrFail({ id: record.id });
    expect(Object.keys(row).sort()).toEqual(
      [
        'area',
        'ageBand',
        'category',
        'centreCode',
        'channel',
        'createdAt',
        'createdBy',
        'date',
        'durationMinutes',
        'followUpNeeded',
        'helperProfession',
        'id',
        'mandatoryReport',
        'note',
        'referrals',
        'services',
        'supersededBy',
        'supersedes',
      ].sort(),
    );
  });

  it.each([
    ['a phone number in the note', { note: '她的电话 138 0013 5678' }, 'note'],
    ['an ID card word in the note', { note: '身份证已看过' }, 'note'],
    ['an e-mail in the note', { note: 'mail me a@b.cn' }, 'note'],
    ['a long note', { note: '很'.repeat(101) }, 'note'],
    ['a future date', { date: '2026-10-10' }, 'date'],
    ['an old date', { date: '2026-06-01' }, 'date'],
    ['an unknown category', { category: 'gossip' }, 'category'],
    ['no services', { services: [] }, 'services'],
    ['"none" with a referral', { referrals: ['none', 'police'] }, 'referrals'],
    ['an unknown area', { area: 'beijing' }, 'area'],
    ['a zero duration', { durationMinutes: 0 }, 'durationMinutes'],
    ['a name field', { name: '王女士' }, 'name'],
    ['a phone field', { phone: '13800135678' }, 'phone'],
  ])('refuses %s, naming the field', async (_label, change, field) => {
    const response = await create(staff, { ...walkIn, ...change }).expect(400);
    expect((response.body as ErrorResponseDto).fields?.map((f) => f.field)).toContain(field);
  });

  it('records a completed booking once, without linking to it', async () => {
    await clearRoster(t, 'jinjiang');
    await putOnDuty(t, 'jinjiang', ['2026-10-12'], [['lawyer']]);
    const booking = (
      await book(t, await guestToken(t), {
        slotId: await slotId(t, 'jinjiang', '2026-10-12', '09:00', 'legal'),
      }).expect(201)
    ).body as BookingDto;
    expect((await create(staff, { ...walkIn, fromBookingId: booking.id }).expect(409)).body.code).toBe(
      'SOURCE_NOT_RECORDABLE',
    );
    await http().post(`/api/staff/bookings/${booking.id}/arrive`).set(as(staff)).expect(200);
    await http().post(`/api/staff/bookings/${booking.id}/complete`).set(as(staff)).expect(200);
    const record = (await create(staff, { ...walkIn, fromBookingId: booking.id }).expect(201)).body as RecordDto;
    expect(record.channel).toBe('booking');
    expect(
      JSON.stringify(await t.dataSource.getRepository(ConsultationRecord).findOneByOrFail({ id: record.id })),
    ).not.toContain(booking.id);
    await create(staff, { ...walkIn, fromBookingId: booking.id }).expect(409);
    const listed = (await http().get('/api/staff/bookings?from=2026-10-12&to=2026-10-12').set(as(staff)).expect(200))
      .body.items as BookingDto[];
    expect(listed.find((b) => b.id === booking.id)?.recorded).toBe(true);
  });

  it('records a closed callback once', async () => {
    const woman = await guestToken(t);
    const callback = (
      await http()
        .post('/api/callbacks')
        .set(as(woman))
        .send({
          centreCode: 'jinjiang',
          phone: '13800135678',
          windows: [{ from: '09:00', to: '17:00' }],
          mayIdentify: true,
          mayLeaveMessage: false,
        })
        .expect(201)
    ).body as CallbackDto;
    await http().post(`/api/staff/callbacks/${callback.id}/claim`).set(as(staff)).expect(200);
    await create(staff, { ...walkIn, fromCallbackId: callback.id }).expect(409);
    await http()
      .post(`/api/staff/callbacks/${callback.id}/close`)
      .set(as(staff))
      .send({ outcome: 'helped' })
      .expect(200);
    expect(
      ((await create(staff, { ...walkIn, fromCallbackId: callback.id }).expect(201)).body as RecordDto).channel,
    ).toBe('callback');
  });

  it('lets its author edit within 24 hours; after that only corrections, as new versions', async () => {
    const record = (await create(staff, walkIn).expect(201)).body as RecordDto;
    const colleague = await newAccount(t, 'staff', 'jinjiang');
    expect(
      (
        await http()
          .put(`/api/staff/records/${record.id}`)
          .set(as(colleague))
          .send({ ...walkIn, durationMinutes: 50 })
          .expect(409)
      ).body.code,
    ).toBe('RECORD_LOCKED');
    expect(
      (
        await http()
          .put(`/api/staff/records/${record.id}`)
          .set(as(staff))
          .send({ ...walkIn, durationMinutes: 50 })
          .expect(200)
      ).body.durationMinutes,
    ).toBe(50);
    freezeAt(t, '2026-10-10 12:00');
    await http()
      .put(`/api/staff/records/${record.id}`)
      .set(as(staff))
      .send({ ...walkIn, durationMinutes: 60 })
      .expect(409);
    const correction = (
      await http()
        .post(`/api/staff/records/${record.id}/corrections`)
        .set(as(colleague))
        .send({ ...walkIn, category: 'custody' })
        .expect(201)
    ).body as RecordDto;
    expect(correction).toMatchObject({ supersedes: record.id, current: true, category: 'custody' });
    expect((await http().get(`/api/staff/records/${record.id}`).set(as(staff)).expect(200)).body.current).toBe(false);
    await http().post(`/api/staff/records/${record.id}/corrections`).set(as(staff)).send(walkIn).expect(409);
    const list = (await http().get('/api/staff/records?from=2026-10-01&to=2026-10-31').set(as(staff)).expect(200)).body
      .items as RecordDto[];
    expect(list.map((r) => r.id)).toContain(correction.id);
    expect(list.map((r) => r.id)).not.toContain(record.id);
    freezeAt(t, '2026-10-09 11:00');
  });

  it("keeps each centre's records to itself; city admins see all and must name the centre to record", async () => {
    const record = (await create(staff, walkIn).expect(201)).body as RecordDto;
    const shishi = await demoStaff(t, 'shishi');
    await http().get(`/api/staff/records/${record.id}`).set(as(shishi)).expect(404);
    const theirs = (await http().get('/api/staff/records?from=2026-10-01&to=2026-10-31').set(as(shishi)).expect(200))
      .body.items as RecordDto[];
    expect(theirs).toEqual([]);
    await create(shishi, { ...walkIn, centreCode: 'jinjiang' }).expect(403);
    const admin = await demoAdmin(t);
    expect((await create(admin, walkIn).expect(400)).body.fields[0].field).toBe('centreCode');
    await create(admin, { ...walkIn, centreCode: 'shishi' }).expect(201);
    const all = (await http().get('/api/staff/records?from=2026-10-01&to=2026-10-31').set(as(admin)).expect(200)).body
      .items as RecordDto[];
    expect(new Set(all.map((r) => r.centreCode))).toEqual(new Set(['jinjiang', 'shishi']));
  });
});
