import request from 'supertest';
import { Clock } from '../src/common/clock.js';
import type { BookingDto, WaitlistEntryDto } from '@wac/shared-types';
import { Booking } from '../src/bookings/booking.entity.js';
import { eachDate } from '@wac/rules';
import { JobRun } from '../src/jobs/job-run.entity.js';
import { JobRunner } from '../src/jobs/job-runner.service.js';
import { Notification } from '../src/notifications/notification.entity.js';
import { book, clearRoster, demoStaff, freezeAt, guestToken, putOnDuty, slotId } from './support/fixtures.js';
import { startSecondInstance, startTestApp, TEST_DB, type TestApp } from './support/test-app.js';

describe(`background jobs and the outbox (${TEST_DB})`, () => {
  let t: TestApp;
  const http = () => request(t.app.getHttpServer());
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });
  const DAY = '2026-09-29';
  const jobRows = () => t.dataSource.getRepository(JobRun).find({ order: { name: 'ASC' } });
  const resetJobs = () =>
    t.dataSource
      .createQueryBuilder()
      .update(JobRun)
      .set({ lastStartedAt: null, owner: null, leaseUntil: null, runs: 0 })
      .execute();

  beforeAll(async () => {
    t = await startTestApp();
    freezeAt(t, '2026-09-28 07:00');
    await clearRoster(t, 'jinjiang');
    await putOnDuty(t, 'jinjiang', eachDate('2026-09-28', '2026-10-12'), [['lawyer']]);
  });
  afterAll(() => t.close());

  it('keeps one lease row per job and runs a due job once, then not again until it is due', async () => {
    const runner = t.app.get(JobRunner);
    expect((await jobRows()).map((row) => row.name)).toEqual(
      expect.arrayContaining(['bookings.erase-details', 'callbacks.erase', 'notifications.deliver', 'waitlist.sweep']),
    );
    await resetJobs();
    const first = await runner.runDue();
    // At 07:00 every interval job is due; the 07:30 digest is not yet.
    expect(first.sort()).toEqual(
      (await jobRows())
        .map((row) => row.name)
        .filter((name) => name !== 'alerts.daily-digest')
        .sort(),
    );
    expect(await runner.runDue()).toEqual([]);
    const ran = (await jobRows()).filter((row) => row.name !== 'alerts.daily-digest');
    expect(ran.every((row) => row.runs === 1 && row.owner === null && row.lastStartedAt !== null)).toBe(true);
  });

  it('leaves a job alone while another process holds a live lease, and takes over a lapsed one', async () => {
    const runner = t.app.get(JobRunner);
    const repository = t.dataSource.getRepository(JobRun);
    const soon = new Date(Date.parse('2026-09-27T23:10:00Z'));
    await repository.update({ name: 'waitlist.sweep' }, { owner: 'elsewhere:1:abc', leaseUntil: soon });
    expect(await runner.runNow('waitlist.sweep')).toBe(false);
    freezeAt(t, '2026-09-28 07:15'); // the other process's lease ended at 07:10 and it never renewed it
    expect(await runner.runNow('waitlist.sweep')).toBe(true);
    expect(await repository.findOneByOrFail({ name: 'waitlist.sweep' })).toMatchObject({
      owner: null,
      leaseUntil: null,
    });
    freezeAt(t, '2026-09-28 07:00');
  });

  const twoProcesses = TEST_DB === 'mysql' ? it : it.skip;
  twoProcesses('runs each due job in exactly one of two server processes', async () => {
    const second = await startSecondInstance(t);
    // Both processes at the same moment (07:00 in Shanghai, before the 07:30 digest), whatever the time of the run.
    second.app.get(Clock).freeze(t.app.get(Clock).now());
    try {
      for (let round = 0; round < 5; round += 1) {
        await resetJobs();
        const [a, b] = await Promise.all([t.app.get(JobRunner).runDue(), second.app.get(JobRunner).runDue()]);
        const due = (await jobRows()).filter((row) => row.name !== 'alerts.daily-digest'); // not yet 07:30
        expect([...a, ...b].sort()).toEqual(due.map((row) => row.name).sort());
        expect(due.map((row) => row.runs)).toEqual(due.map(() => 1));
      }
    } finally {
      await second.close();
    }
  });

  it("queues her notice in the confirmation's own transaction: if the notice cannot be written, nothing changes", async () => {
    const woman = await guestToken(t);
    const booking = (await book(t, woman, { slotId: await slotId(t, 'jinjiang', DAY, '09:00', 'legal') }).expect(201))
      .body as BookingDto;
    await t.dataSource.getRepository(Booking).update({ id: booking.id }, { contactPreference: 'wechat_notice' });
    const staff = await demoStaff(t, 'jinjiang');
    await t.dataSource.query(renameTable('notification', 'notification_away'));
    try {
      const failed = await http().post(`/api/staff/bookings/${booking.id}/confirm`).set(as(staff));
      expect(failed.status).toBe(500);
    } finally {
      await t.dataSource.query(renameTable('notification_away', 'notification'));
    }
    expect((await t.dataSource.getRepository(Booking).findOneByOrFail({ id: booking.id })).status).toBe('pending');
    await http().post(`/api/staff/bookings/${booking.id}/confirm`).set(as(staff)).expect(200);
    const notices = await t.dataSource.getRepository(Notification).findBy({ bookingId: booking.id, channel: 'wechat' });
    expect(notices.map((notice) => notice.kind).sort()).toEqual(['booking_confirmed', 'booking_reminder']);
  });

  it('finds a freed place that was never offered (a process died in between) and offers it to the first in line', async () => {
    const holders: string[] = [];
    for (const start of ['08:00', '10:00', '11:00']) {
      const token = await guestToken(t);
      await book(t, token, { slotId: await slotId(t, 'jinjiang', DAY, start, 'legal') }).expect(201);
      holders.push(token);
    }
    const waiting = await guestToken(t);
    await http()
      .post('/api/waitlist')
      .set(as(waiting))
      .send({ centreCode: 'jinjiang', date: DAY, service: 'legal' })
      .expect(201);
    // The place at 10:00 is given back without the offer that should have followed.
    await t.dataSource
      .getRepository(Booking)
      .update(
        { centreCode: 'jinjiang', date: DAY, startTime: '10:00' },
        { status: 'cancelled', seat: null, roomSeat: null, activeClientId: null },
      );
    const mine = async () =>
      ((await http().get('/api/waitlist/mine').set(as(waiting)).expect(200)).body as { items: WaitlistEntryDto[] })
        .items;
    expect((await mine())[0]?.status).toBe('waiting');
    expect(await t.app.get(JobRunner).runNow('waitlist.sweep')).toBe(true);
    expect((await mine())[0]).toMatchObject({ status: 'offered', offer: { start: '10:00' } });
  });
});

function renameTable(from: string, to: string): string {
  return TEST_DB === 'mysql' ? `RENAME TABLE \`${from}\` TO \`${to}\`` : `ALTER TABLE "${from}" RENAME TO "${to}"`;
}
