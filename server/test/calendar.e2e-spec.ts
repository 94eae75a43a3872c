import request from 'supertest';
import type { BookingDto, BookingListDto, CalendarYearListDto, OfficialSchedulePreviewDto } from '@wac/shared-types';
import { Booking } from '../src/bookings/booking.entity.js';
import { eachDate } from '@wac/rules';
import { Notification } from '../src/notifications/notification.entity.js';
import {
  availability,
  book,
  clearRoster,
  demoAdmin,
  freezeAt,
  guestToken,
  newAccount,
  putOnDuty,
  slotId,
} from './support/fixtures.js';
import { startTestApp, TEST_DB, type TestApp } from './support/test-app.js';

/**
 * A made-up official schedule for 2027 (the real one is not in the calendar package yet): the statutory days, 元旦
 * stretched over Monday 4 January, and Saturday 9 January worked in exchange.
 */
const SCHEDULE_2027 = {
  holidays: [
    { festival: '元旦', from: '2027-01-01', to: '2027-01-04' },
    { festival: '春节', from: '2027-02-05', to: '2027-02-11' },
    { festival: '清明节', from: '2027-04-03', to: '2027-04-05' },
    { festival: '劳动节', from: '2027-05-01', to: '2027-05-05' },
    { festival: '端午节', from: '2027-06-09', to: '2027-06-09' },
    { festival: '中秋节', from: '2027-09-15', to: '2027-09-15' },
    { festival: '国庆节', from: '2027-10-01', to: '2027-10-07' },
  ],
  workdays: [{ date: '2027-01-09', festival: '元旦' }],
};

describe(`the calendar without and with an official schedule (${TEST_DB})`, () => {
  let t: TestApp;
  let admin: string;
  const http = () => request(t.app.getHttpServer());
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });
  const window = async () =>
    Object.fromEntries(
      (await availability(t, 'jinjiang', '2026-12-28', '2027-01-11')).days.map((day) => [
        day.date,
        { open: day.open, note: day.note, provisional: day.provisional },
      ]),
    );

  beforeAll(async () => {
    t = await startTestApp();
    freezeAt(t, '2026-12-28 09:00');
    await clearRoster(t, 'jinjiang');
    await putOnDuty(t, 'jinjiang', eachDate('2026-12-28', '2027-01-15'), [['lawyer'], ['counsellor']]);
    admin = await demoAdmin(t);
  });
  afterAll(() => t.close());

  it('shows admins which years run on the provisional calendar, with the statutory days it closes', async () => {
    const years = (await http().get('/api/admin/calendar/years').set(as(admin)).expect(200))
      .body as CalendarYearListDto;
    expect(years.items.map(({ year, official }) => ({ year, official }))).toEqual([
      { year: 2025, official: true },
      { year: 2026, official: true },
      { year: 2027, official: false },
    ]);
    const year = (await http().get('/api/admin/calendar?year=2027').set(as(admin)).expect(200)).body;
    expect(year).toMatchObject({ hasOfficialSchedule: false, scheduleSource: null });
    expect(year.statutoryHolidays).toHaveLength(13);
  });

  it('refuses a schedule that breaks the rules, naming the field, and lets only city admins load one', async () => {
    const weekdayExchange = { ...SCHEDULE_2027, workdays: [{ date: '2027-01-07', festival: '元旦' }] };
    const refused = await http()
      .post('/api/admin/calendar/official/2027/preview')
      .set(as(admin))
      .send(weekdayExchange)
      .expect(400);
    expect(refused.body.fields).toEqual([
      { field: 'workdays.0.date', reason: 'must be a Saturday or Sunday (a 调休 working day replaces a weekend day)' },
    ]);
    const centreAdmin = await newAccount(t, 'centre_admin', 'jinjiang');
    await http().put('/api/admin/calendar/official/2027').set(as(centreAdmin)).send(SCHEDULE_2027).expect(403);
  });

  it('previews, then loads, exactly the days the schedule names; a booking on a day it closes must be moved', async () => {
    const before = await window();
    const woman = await guestToken(t);
    const booked = (
      await book(t, woman, { slotId: await slotId(t, 'jinjiang', '2027-01-04', '09:00', 'legal') }).expect(201)
    ).body as BookingDto;

    const preview = (
      await http().post('/api/admin/calendar/official/2027/preview').set(as(admin)).send(SCHEDULE_2027).expect(200)
    ).body as OfficialSchedulePreviewDto;
    expect(preview.changes.filter((change) => change.date <= '2027-01-11')).toEqual([
      {
        date: '2027-01-04',
        before: { open: true, note: null, provisional: true },
        after: { open: false, note: '元旦', provisional: false },
      },
      {
        date: '2027-01-09',
        before: { open: false, note: null, provisional: true },
        after: { open: true, note: '元旦调休上班', provisional: false },
      },
    ]);
    expect(preview.bookingsToMove).toEqual([{ centreCode: 'jinjiang', centreName: '晋江市', count: 1 }]);
    expect(await window()).toEqual(before); // a preview changes nothing

    const result = await http().put('/api/admin/calendar/official/2027').set(as(admin)).send(SCHEDULE_2027).expect(200);
    expect(result.body).toMatchObject({ year: 2027, bookingsMoved: 1 });
    // The days it names take what it says; every other day stays as it was, no longer provisional.
    const named: Record<string, object> = {
      '2027-01-01': { open: false, note: '元旦', provisional: false },
      '2027-01-02': { open: false, note: '元旦', provisional: false },
      '2027-01-03': { open: false, note: '元旦', provisional: false },
      '2027-01-04': { open: false, note: '元旦', provisional: false },
      '2027-01-09': { open: true, note: '元旦调休上班', provisional: false },
    };
    const after = await window();
    for (const date of Object.keys(before)) {
      const expected = named[date] ?? {
        ...before[date],
        provisional: date < '2027-01-01' ? before[date]?.provisional : false,
      };
      expect({ date, ...after[date] }).toEqual({ date, ...expected });
    }

    // She finds her booking waiting to be moved, and moves it; the centre was told how many to handle.
    const mine = (await http().get('/api/bookings/mine').set(as(woman)).expect(200)).body as BookingListDto;
    expect(mine.items.find((item) => item.id === booked.id)).toMatchObject({ status: 'day_closed' });
    const staffNotice = await t.dataSource.getRepository(Notification).findOneBy({ kind: 'staff_day_closed' });
    expect(staffNotice).toMatchObject({ channel: 'centre', centreCode: 'jinjiang', detail: '1' });
    const moved = await http()
      .post(`/api/bookings/${booked.id}/reschedule`)
      .set(as(woman))
      .send({ slotId: await slotId(t, 'jinjiang', '2027-01-05', '09:00', 'legal') })
      .expect(200);
    expect(moved.body).toMatchObject({ status: 'pending', date: '2027-01-05', start: '09:00' });
    const row = await t.dataSource.getRepository(Booking).findOneByOrFail({ id: booked.id });
    expect(row.seat).not.toBeNull();
  });
});
