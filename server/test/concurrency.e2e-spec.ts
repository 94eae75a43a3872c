import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import request from 'supertest';
import type { BookingDto } from '@wac/shared-types';
import { addDays, shanghaiClock } from '@wac/rules';
import { Booking } from '../src/bookings/booking.entity.js';
import {
  book,
  clearRoster,
  freshKey,
  guestToken,
  markDay,
  putOnDuty,
  setTemplate,
  slotId,
} from './support/fixtures.js';
import { startSecondInstance, startTestApp, TEST_DB, type TestApp } from './support/test-app.js';

const REQUESTS = 200;

/** A day a few days from now, opened by hand so the test does not depend on the real calendar. */
const bookingDay = () => addDays(shanghaiClock(new Date()).date, 3);

async function prepareHotSlot(t: TestApp, centre: string, date: string, lawyers: number, rooms: number) {
  await clearRoster(t, centre);
  await markDay(t, date, centre, 'open', '并发测试');
  await setTemplate(t, centre, { rooms, walkInReserve: 0 });
  await putOnDuty(
    t,
    centre,
    [date],
    Array.from({ length: lawyers }, () => ['lawyer' as const]),
  );
  await putOnDuty(t, centre, [date], [['counsellor'], ['mediator']]);
}

async function placesHeld(t: TestApp, centre: string, date: string) {
  const rows = await t.dataSource
    .getRepository(Booking)
    .find({ where: { centreCode: centre, date, startTime: '10:00' } });
  return rows.filter((row) => row.seat !== null);
}

describe(`no overbooking under concurrency (${TEST_DB})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it(`gives ${REQUESTS} women racing for 3 places exactly 3 bookings, in one server`, async () => {
    const date = bookingDay();
    await prepareHotSlot(t, 'jinjiang', date, 3, 3);
    const target = await slotId(t, 'jinjiang', date, '10:00', 'legal');
    const tokens = await Promise.all(Array.from({ length: REQUESTS }, () => guestToken(t)));
    const responses = await Promise.all(tokens.map((token) => book(t, token, { slotId: target })));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(3);
    expect(statuses.filter((s) => s === 409)).toHaveLength(REQUESTS - 3);
    expect(responses.filter((r) => r.status === 409).every((r) => r.body.code === 'SLOT_FULL')).toBe(true);
    expect(await placesHeld(t, 'jinjiang', date)).toHaveLength(3);
  });

  it('never lets three services at one time take more rooms than there are', async () => {
    const date = bookingDay();
    await prepareHotSlot(t, 'shishi', date, 2, 2);
    const slots = await Promise.all(
      (['legal', 'counselling', 'mediation'] as const).map((service) => slotId(t, 'shishi', date, '10:00', service)),
    );
    const tokens = await Promise.all(Array.from({ length: 60 }, () => guestToken(t)));
    const responses = await Promise.all(tokens.map((token, i) => book(t, token, { slotId: slots[i % 3] })));
    expect(responses.filter((r) => r.status === 201)).toHaveLength(2);
    expect(await placesHeld(t, 'shishi', date)).toHaveLength(2);
  });

  it("lets one woman's double-tapped retries make one booking", async () => {
    const date = bookingDay();
    const target = await slotId(t, 'shishi', date, '11:00', 'legal');
    const token = await guestToken(t);
    const key = freshKey();
    const responses = await Promise.all(Array.from({ length: 20 }, () => book(t, token, { slotId: target }, key)));
    expect(new Set(responses.map((r) => r.status))).toEqual(new Set([201]));
    expect(new Set(responses.map((r) => (r.body as BookingDto).id)).size).toBe(1);
    const mine = await request(t.app.getHttpServer())
      .get('/api/bookings/mine')
      .set('Authorization', `Bearer ${token}`)
      .expect(200);
    expect(mine.body.items).toHaveLength(1);
  });

  it('never lets one woman past her limits, however many requests she sends at once, through any server', async () => {
    const second = TEST_DB === 'mysql' ? await startSecondInstance(t) : t;
    try {
      const servers = [t, second];
      const date = bookingDay();
      await prepareHotSlot(t, 'huian', date, 1, 3);
      const token = await guestToken(t);
      const starts = ['08:00', '09:00', '10:00', '11:00'];
      const slots = await Promise.all(starts.map((start) => slotId(t, 'huian', date, start, 'legal')));
      const bookings = await Promise.all(
        Array.from({ length: 12 }, (_, i) => book(servers[i % 2]!, token, { slotId: slots[i % slots.length] })),
      );
      expect(bookings.filter((r) => r.status === 201)).toHaveLength(2);
      expect(bookings.filter((r) => r.status !== 201).every((r) => r.status === 409)).toBe(true);

      const callbacks = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          request(servers[i % 2]!.app.getHttpServer())
            .post('/api/callbacks')
            .set('Authorization', `Bearer ${token}`)
            .send({
              centreCode: 'huian',
              phone: '13800135678',
              windows: [{ weekday: 2, from: '14:00', to: '16:00' }],
              mayIdentify: false,
              mayLeaveMessage: false,
            }),
        ),
      );
      expect(callbacks.filter((r) => r.status === 201)).toHaveLength(3);
      expect(callbacks.filter((r) => r.status !== 201).every((r) => r.status === 409)).toBe(true);
    } finally {
      if (second !== t) {
        await second.close();
      }
    }
  });

  const acrossProcesses = TEST_DB === 'mysql' ? it : it.skip;
  acrossProcesses(`gives ${REQUESTS} requests spread over two server processes exactly 3 bookings`, async () => {
    const servers = await Promise.all([startServerProcess(), startServerProcess()]);
    try {
      const date = bookingDay();
      await prepareHotSlot(t, 'nanan', date, 3, 3);
      const target = await slotId(t, 'nanan', date, '10:00', 'legal');
      const tokens = await Promise.all(Array.from({ length: REQUESTS }, (_, i) => guestTokenFrom(servers[i % 2]!.url)));
      const statuses = await Promise.all(
        tokens.map(async (token, i) => {
          const response = await fetch(`${servers[i % 2]!.url}/api/bookings`, {
            method: 'POST',
            headers: {
              Authorization: `Bearer ${token}`,
              'Content-Type': 'application/json',
              'Idempotency-Key': freshKey(),
            },
            body: JSON.stringify({ slotId: target }),
          });
          return response.status;
        }),
      );
      expect(statuses.filter((s) => s === 201)).toHaveLength(3);
      expect(statuses.filter((s) => s === 409)).toHaveLength(REQUESTS - 3);
      expect(await placesHeld(t, 'nanan', date)).toHaveLength(3);
    } finally {
      await Promise.all(servers.map((server) => server.stop()));
    }
  });
});

const SERVER_MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));

/** A second and third server process on the same MySQL database, as in a real deployment behind a load balancer. */
async function startServerProcess(): Promise<{ url: string; stop: () => Promise<void> }> {
  if (!existsSync(SERVER_MAIN)) {
    throw new Error('Build the server first (npm run build): the multi-process test runs dist/main.js');
  }
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [SERVER_MAIN], {
    env: {
      ...process.env,
      DATABASE_URL: process.env.TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/test',
      PORT: String(port),
      HOST: '127.0.0.1',
      MIGRATE_ON_START: 'false',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'error',
      STATIC_DIR: '/nonexistent',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt += 1) {
    if (child.exitCode !== null || attempt > 400) {
      child.kill();
      throw new Error(`server process on port ${port} did not start`);
    }
    const healthy = await fetch(`${url}/api/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (healthy) {
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

async function guestTokenFrom(url: string): Promise<string> {
  const response = await fetch(`${url}/api/auth/guest`, { method: 'POST' });
  return ((await response.json()) as { token: string }).token;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
