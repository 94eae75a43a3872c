import request from 'supertest';
import type { AvailabilityDayDto, ErrorResponseDto } from '@wac/shared-types';
import { CACHE_NAMES } from '../src/cache/cache-names.js';
import { eachDate } from '@wac/rules';
import { StaffLeave } from '../src/staff/staff-leave.entity.js';
import {
  availability,
  book,
  bumpCaches,
  clearRoster,
  freezeAt,
  guestToken,
  markDay,
  putOnDuty,
  setTemplate,
  slotId,
} from './support/fixtures.js';
import { startTestApp, TEST_DB, type TestApp } from './support/test-app.js';

describe(`availability (${TEST_DB})`, () => {
  let t: TestApp;
  let lawyerId: string | undefined;
  const byDate = (days: AvailabilityDayDto[]) => Object.fromEntries(days.map((d) => [d.date, d]));

  beforeAll(async () => {
    t = await startTestApp();
    // Monday 28 September 2026, 08:30 in Shanghai: the week before National Day.
    freezeAt(t, '2026-09-28 08:30');
    await clearRoster(t, 'jinjiang');
    [lawyerId] = await putOnDuty(t, 'jinjiang', eachDate('2026-09-20', '2026-10-20'), [
      ['lawyer'],
      ['counsellor'],
      ['mediator'],
    ]);
  });
  afterAll(() => t.close());

  it('marks each day open or closed with the reason, around National Day and its 调休 days', async () => {
    const { days } = await availability(t, 'jinjiang', '2026-09-28', '2026-10-13');
    const day = byDate(days);
    expect(days).toHaveLength(16);
    expect(day['2026-09-28']).toMatchObject({ open: true, weekday: 1 });
    expect(day['2026-09-30']).toMatchObject({ open: true, note: null });
    for (const date of [
      '2026-10-01',
      '2026-10-02',
      '2026-10-03',
      '2026-10-04',
      '2026-10-05',
      '2026-10-06',
      '2026-10-07',
    ]) {
      expect(day[date]).toMatchObject({ open: false, reason: 'holiday', note: '国庆节', slots: [] });
    }
    expect(day['2026-10-10']).toMatchObject({ open: true, weekday: 6, note: '国庆节调休上班' });
    expect(day['2026-10-11']).toMatchObject({ open: false, reason: 'weekend' });
    expect(day['2026-10-12']).toMatchObject({ open: true });
    expect(day['2026-10-13']).toMatchObject({ open: false, reason: 'beyond_window' });
  });

  it('lists each session per service with the places left, leaving out those within the lead time', async () => {
    const { days } = await availability(t, 'jinjiang', '2026-09-28', '2026-09-29');
    const [today, tomorrow] = days;
    // At 08:30 with a one-hour lead, 08:00 and 09:00 are gone today.
    expect([...new Set(today!.slots.map((s) => s.start))]).toEqual(['10:00', '11:00']);
    expect(tomorrow!.slots).toHaveLength(12);
    expect(tomorrow!.slots[0]).toMatchObject({ start: '08:00', end: '08:50', service: 'legal', remaining: 1 });
    expect(tomorrow!.slots.every((s) => typeof s.slotId === 'string' && s.slotId.length > 10)).toBe(true);
    const legalOnly = await availability(t, 'jinjiang', '2026-09-29', '2026-09-29', 'legal');
    expect(legalOnly.days[0]!.slots.map((s) => s.service)).toEqual(['legal', 'legal', 'legal', 'legal']);
  });

  it('counts down the places as they are booked', async () => {
    const slot = await slotId(t, 'jinjiang', '2026-09-29', '08:00', 'legal');
    await book(t, await guestToken(t), { slotId: slot }).expect(201);
    const { days } = await availability(t, 'jinjiang', '2026-09-29', '2026-09-29');
    expect(days[0]!.slots.find((s) => s.start === '08:00' && s.service === 'legal')?.remaining).toBe(0);
    // One of two rooms is now in use at 08:00, so each other service still has its one place.
    expect(days[0]!.slots.find((s) => s.start === '08:00' && s.service === 'counselling')?.remaining).toBe(1);
  });

  it('follows the roster: leave removes a person, an empty roster closes the day for booking', async () => {
    await t.dataSource.getRepository(StaffLeave).insert({
      id: '6f0d2c5e-7a57-4a4b-9a41-000000000001',
      staffMemberId: lawyerId,
      fromDate: '2026-09-30',
      toDate: '2026-09-30',
    });
    await bumpCaches(t, [CACHE_NAMES.centre('jinjiang')]);
    const { days } = await availability(t, 'jinjiang', '2026-09-30', '2026-09-30');
    expect(days[0]!.slots.some((s) => s.service === 'legal')).toBe(false);
    expect(days[0]!.slots.some((s) => s.service === 'counselling')).toBe(true);
    const lichengDay = (await availability(t, 'licheng', '2026-09-30', '2026-09-30')).days[0];
    expect(lichengDay).toMatchObject({ open: false, reason: 'no_one_on_duty', slots: [] });
  });

  it('uses the centre template: rooms, walk-in reserve and slot length', async () => {
    await setTemplate(t, 'shishi', { slotMinutes: 30, bufferMinutes: 0, rooms: 3, walkInReserve: 1 });
    await putOnDuty(t, 'shishi', ['2026-09-29'], [['lawyer'], ['lawyer'], ['lawyer']]);
    const { days } = await availability(t, 'shishi', '2026-09-29', '2026-09-29');
    expect(days[0]!.slots).toHaveLength(8);
    expect(days[0]!.slots.every((s) => s.remaining === 2)).toBe(true);
  });

  it("applies a centre's closures and extra days, and admins' corrections", async () => {
    await markDay(t, '2026-10-09', 'jinjiang', 'closed', '设备检修');
    await markDay(t, '2026-10-11', 'jinjiang', 'open', '加开接待日');
    const day = byDate((await availability(t, 'jinjiang', '2026-10-09', '2026-10-11')).days);
    expect(day['2026-10-09']).toMatchObject({ open: false, reason: 'closure', note: '设备检修' });
    expect(day['2026-10-11']).toMatchObject({ open: true, note: '加开接待日' });
    expect(day['2026-10-11']!.slots.length).toBeGreaterThan(0);
  });

  it('keeps a year without its official schedule bookable on weekdays, provisionally, and closes its statutory days', async () => {
    freezeAt(t, '2026-12-28 09:00');
    await putOnDuty(t, 'jinjiang', eachDate('2026-12-28', '2027-01-11'), [['lawyer']]);
    const day = byDate((await availability(t, 'jinjiang', '2026-12-28', '2027-01-11')).days);
    expect(day['2026-12-29']).toMatchObject({ open: true, provisional: false });
    expect(day['2027-01-01']).toMatchObject({ open: false, reason: 'holiday', note: '元旦', provisional: true });
    expect(day['2027-01-02']).toMatchObject({ open: false, reason: 'weekend', provisional: true });
    for (const date of ['2027-01-04', '2027-01-05', '2027-01-06', '2027-01-07', '2027-01-08', '2027-01-11']) {
      expect(day[date]).toMatchObject({ open: true, provisional: true });
      expect(day[date]!.slots.length).toBeGreaterThan(0);
    }
    freezeAt(t, '2026-09-28 08:30');
  });

  it('lists a centre in preparation as not bookable', async () => {
    const { days } = await availability(t, 'taishang', '2026-09-29', '2026-09-30');
    expect(days.every((d) => !d.open && d.reason === 'centre_not_open' && d.slots.length === 0)).toBe(true);
  });

  it.each([
    ['from=2026-09-28', 'to'],
    ['from=2026-9-28&to=2026-09-29', 'from'],
    ['from=2026-02-30&to=2026-03-01', 'from'],
    ['from=2026-09-29&to=2026-09-28', 'to'],
    ['from=2026-09-01&to=2026-10-15', 'to'],
    ['from=2026-09-28&to=2026-09-29&service=tarot', 'service'],
    ['from=2026-09-28&to=2026-09-29&limit=5', 'limit'],
  ])('answers 400 naming the field for ?%s', async (query, field) => {
    const response = await request(t.app.getHttpServer())
      .get(`/api/centres/jinjiang/availability?${query}`)
      .expect(400);
    expect((response.body as ErrorResponseDto).fields?.map((f) => f.field)).toContain(field);
  });

  it('answers 404 for an unknown centre', async () => {
    const response = await request(t.app.getHttpServer())
      .get('/api/centres/atlantis/availability?from=2026-09-28&to=2026-09-29')
      .expect(404);
    expect(response.body.code).toBe('CENTRE_NOT_FOUND');
  });
});
