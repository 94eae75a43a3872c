import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { BookingDto } from '@wac/shared-types';
import { encodeSlotId } from '../src/availability/slot-id.js';
import { Clock } from '../src/common/clock.js';
import { JobRunner } from '../src/jobs/job-runner.service.js';
import { Notification } from '../src/notifications/notification.entity.js';
import { book, clearRoster, freezeAt, guestToken, putOnDuty, slotId } from './support/fixtures.js';
import { startTestApp, TEST_DB, type TestApp } from './support/test-app.js';

const TOKEN = 'metrics-token-for-the-e2e-test-0123456789';

/** The value of one series in Prometheus' text format, e.g. `valueOf(text, 'x_total{status="201"}')`. */
function valueOf(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe(`metrics (${TEST_DB})`, () => {
  let t: TestApp;
  const http = () => request(t.app.getHttpServer());
  const scrape = async () => (await http().get('/metrics').set('Authorization', `Bearer ${TOKEN}`).expect(200)).text;

  beforeAll(async () => {
    t = await startTestApp({ METRICS_TOKEN: TOKEN });
    freezeAt(t, '2026-09-28 08:30'); // a Monday
    await clearRoster(t, 'jinjiang');
    await putOnDuty(t, 'jinjiang', ['2026-09-29'], [['lawyer']]);
  });
  afterAll(() => t.close());

  it('answers only to the bearer token', async () => {
    const anonymous = await http().get('/metrics').expect(401);
    expect(anonymous.headers['www-authenticate']).toBe('Bearer');
    await http()
      .get('/metrics')
      .set('Authorization', `Bearer ${TOKEN.slice(1)}`)
      .expect(401);
    await http().get('/metrics').set('Authorization', TOKEN).expect(401);
    expect((await http().get('/metrics').set('Authorization', `Bearer ${TOKEN}`).expect(200)).type).toBe('text/plain');
  });

  it('counts bookings by outcome and times them by route template, with no ids or codes in any label', async () => {
    const before = await scrape();
    const target = await slotId(t, 'jinjiang', '2026-09-29', '09:00', 'legal');
    const booked = (await book(t, await guestToken(t), { slotId: target }).expect(201)).body as BookingDto;
    await book(t, await guestToken(t), { slotId: target }).expect(409);
    const closedDay = encodeSlotId({ centreCode: 'jinjiang', date: '2026-10-02', start: '09:00', service: 'legal' });
    await book(t, await guestToken(t), { slotId: closedDay }).expect(422);
    // Read before the framework, then handed on to it for validation: counted once.
    await book(t, await guestToken(t), { slotId: target, unknown: 1 }).expect(400);
    await http().get('/api/centres/jinjiang').expect(200);

    const after = await scrape();
    const increase = (series: string) => (valueOf(after, series) ?? 0) - (valueOf(before, series) ?? 0);
    expect(increase('wac_booking_attempts_total{status="201"}')).toBe(1);
    expect(increase('wac_booking_attempts_total{status="409"}')).toBe(1);
    expect(increase('wac_booking_attempts_total{status="422"}')).toBe(1);
    expect(increase('wac_booking_attempts_total{status="400"}')).toBe(1);
    expect(increase('http_request_duration_seconds_count{method="POST",route="/api/bookings",status="201"}')).toBe(1);
    expect(
      valueOf(after, 'http_request_duration_seconds_count{method="GET",route="/api/centres/:code",status="200"}'),
    ).toBe(1);
    for (const personalOrId of [booked.id, target, closedDay, 'jinjiang', 'Bearer']) {
      expect(after).not.toContain(personalOrId);
    }
  });

  it('counts call-back requests made', async () => {
    const before = valueOf(await scrape(), 'wac_callback_requests_created_total') ?? 0;
    await http()
      .post('/api/callbacks')
      .set('Authorization', `Bearer ${await guestToken(t)}`)
      .send({
        centreCode: 'jinjiang',
        phone: '13800135678',
        windows: [{ weekday: 2, from: '14:00', to: '16:00' }],
        mayIdentify: false,
        mayLeaveMessage: false,
      })
      .expect(201);
    const after = await scrape();
    expect(valueOf(after, 'wac_callback_requests_created_total')).toBe(before + 1);
    expect(after).not.toContain('13800135678');
  });

  it('shows the outbox backlog and how long the oldest due notice has waited', async () => {
    const now = new Date('2026-09-28T00:30:00.000Z'); // the frozen clock: 08:30 in Shanghai
    const notice = (minutesFromNow: number) => ({
      id: randomUUID(),
      clientId: randomUUID(),
      kind: 'booking_reminder' as const,
      bookingId: randomUUID(),
      bookingStart: '2026-09-29 09:00',
      sendAfter: new Date(now.getTime() + minutesFromNow * 60_000),
      status: 'pending' as const,
      attempts: 0,
      lastError: null,
    });
    // Earlier tests queued staff notices of their own (due now): count what these three add.
    const before = await scrape();
    const due = valueOf(before, 'wac_outbox_pending_notifications{state="due"}') ?? 0;
    const scheduled = valueOf(before, 'wac_outbox_pending_notifications{state="scheduled"}') ?? 0;
    await t.dataSource.getRepository(Notification).insert([notice(-10), notice(-3), notice(24 * 60)]);
    const text = await scrape();
    expect(valueOf(text, 'wac_outbox_pending_notifications{state="due"}')).toBe(due + 2);
    expect(valueOf(text, 'wac_outbox_pending_notifications{state="scheduled"}')).toBe(scheduled + 1);
    expect(valueOf(text, 'wac_outbox_oldest_due_wait_seconds')).toBe(600);
    expect(valueOf(text, 'wac_outbox_oldest_pending_age_seconds')).toBeGreaterThanOrEqual(0);
  });

  it('shows how long ago each background job last ran, and whether that run failed', async () => {
    const before = await scrape();
    expect(before).not.toContain('wac_job_seconds_since_last_run{job="waitlist.sweep"}');
    await t.app.get(JobRunner).runNow('waitlist.sweep');
    // The clock is frozen: the run finished "now", so it is 0 s behind; an hour later it is 3,600 s.
    expect(valueOf(await scrape(), 'wac_job_seconds_since_last_run{job="waitlist.sweep"}')).toBe(0);
    t.app.get(Clock).freeze(new Date(t.app.get(Clock).now().getTime() + 3_600_000));
    const later = await scrape();
    expect(valueOf(later, 'wac_job_seconds_since_last_run{job="waitlist.sweep"}')).toBe(3600);
    expect(valueOf(later, 'wac_job_last_run_failed{job="waitlist.sweep"}')).toBe(0);
    freezeAt(t, '2026-09-28 08:30');
  });

  it('shows the database pool on MySQL and the process itself', async () => {
    const text = await scrape();
    if (TEST_DB === 'mysql') {
      expect(valueOf(text, 'wac_db_pool_max_connections')).toBe(10);
      const open =
        (valueOf(text, 'wac_db_pool_connections{state="in_use"}') ?? -1) +
        (valueOf(text, 'wac_db_pool_connections{state="idle"}') ?? -1);
      expect(open).toBeGreaterThanOrEqual(1);
      expect(valueOf(text, 'wac_db_pool_queued_requests')).toBe(0);
    } else {
      expect(text).not.toContain('wac_db_pool_');
    }
    expect(valueOf(text, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(valueOf(text, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
  });
});

describe(`metrics without a token (${TEST_DB})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('has no metrics endpoint at all', async () => {
    await request(t.app.getHttpServer()).get('/metrics').expect(404);
    await request(t.app.getHttpServer()).get('/metrics').set('Authorization', 'Bearer anything').expect(404);
  });
});
