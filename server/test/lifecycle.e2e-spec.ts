import { request as httpRequest } from 'node:http';
import { randomBytes, randomUUID } from 'node:crypto';
import request from 'supertest';
import { ShutdownState } from '../src/health/shutdown-state.js';
import { apiClient, OPEN_CENTRES } from './support/api-client.js';
import { distFile, freshDatabaseUrl, isBuilt, openDatabase, startServerProcess } from './support/processes.js';
import { startTestApp, TEST_DB, type TestApp } from './support/test-app.js';

describe(`liveness and readiness (${TEST_DB})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  const http = () => request(t.app.getHttpServer());

  it('is live and ready once booted, listing what readiness checked', async () => {
    expect((await http().get('/api/health/live').expect(200)).body).toEqual({ status: 'ok' });
    expect((await http().get('/api/health/ready').expect(200)).body).toEqual({
      status: 'ready',
      checks: [
        { name: 'draining', status: 'up' },
        { name: 'database', status: 'up' },
        // Off Galera the node check has nothing to wait for, and says so by being up.
        { name: 'database-node', status: 'up' },
        { name: 'migrations', status: 'up' },
      ],
    });
  });

  it('is not ready while the database lacks a migration this build expects, and ready again once it has it', async () => {
    const [last] = await t.dataSource.query<{ id: number; timestamp: string; name: string }[]>(
      'SELECT id, timestamp, name FROM migrations ORDER BY id DESC LIMIT 1',
    );
    if (!last) {
      throw new Error('no migrations recorded');
    }
    await t.dataSource.query('DELETE FROM migrations WHERE id = ?', [last.id]);
    try {
      const notReady = await http().get('/api/health/ready').expect(503);
      expect(notReady.body.status).toBe('not_ready');
      expect(notReady.body.checks).toContainEqual({
        name: 'migrations',
        status: 'down',
        reason: '1 migration(s) pending: run `npm run migrate`',
      });
      // Liveness never looks at the database: the process is fine, it must not be restarted for this.
      await http().get('/api/health/live').expect(200);
    } finally {
      await t.dataSource.query('INSERT INTO migrations (id, timestamp, name) VALUES (?, ?, ?)', [
        last.id,
        last.timestamp,
        last.name,
      ]);
    }
    await http().get('/api/health/ready').expect(200);
  });

  it('turns not ready the moment the process starts draining, while liveness stays up', async () => {
    t.app.get(ShutdownState).startDraining();
    const response = await http().get('/api/health/ready').expect(503);
    expect(response.body.checks).toContainEqual({ name: 'draining', status: 'down', reason: 'shutting down' });
    await http().get('/api/health/live').expect(200);
  });
});

type Outcome =
  | { kind: 'answered'; status: number; bookingId?: string; answeredAt: number }
  | { kind: 'refused' }
  | { kind: 'broken'; error: string };

const describeBuilt = isBuilt('main.js') ? describe : describe.skip;

/** The built server as deployed, stopped with SIGTERM while women are booking. */
describeBuilt(`graceful shutdown of the built server (${TEST_DB})`, () => {
  it('answers or refuses every request around a SIGTERM, keeps every booking it answered, and exits 0', async () => {
    const databaseUrl = await freshDatabaseUrl();
    const server = await startServerProcess({
      command: [process.execPath, distFile('main.js')],
      env: {
        NODE_ENV: 'production',
        APP_SECRET: randomBytes(32).toString('hex'),
        DATABASE_URL: databaseUrl,
        MIGRATE_ON_START: 'true',
        SEED_DEMO: 'true',
        STATIC_DIR: '/nonexistent',
        LOG_LEVEL: 'log',
      },
      readyPath: '/api/health/ready',
    });
    const waves: Outcome[][] = [];
    let signalledAt = 0;
    try {
      const api = apiClient(server.url);
      const admin = await api.login('admin', 'demo-admin-2026');
      const dates = await api.openDays(admin, OPEN_CENTRES, 2, 4);
      const slots = await api.freeSlots(OPEN_CENTRES, dates[0]!, dates[dates.length - 1]!);
      const women = await Promise.all(
        slots.slice(0, 100).map(async (slotId) => ({ slotId, token: await api.guestToken() })),
      );
      expect(women).toHaveLength(100);

      // Sixty women book at once, each on a connection of her own (as nginx talks to its upstreams by default).
      // Once all sixty are connected, most of them still wait in the kernel's accept queue (the server takes one
      // connection per turn of its event loop): then SIGTERM.
      const listenerClosed = server.waitForOutput(/new connections are refused/);
      let connected = 0;
      let allConnected: () => void = () => undefined;
      const everyoneConnected = new Promise<void>((resolve) => (allConnected = resolve));
      const firstWave = Promise.all(
        women.slice(0, 60).map((woman) =>
          postBooking(server.port, woman.token, woman.slotId, () => {
            connected += 1;
            if (connected === 60) {
              allConnected();
            }
          }),
        ),
      );
      await everyoneConnected;
      server.child.kill('SIGTERM');
      signalledAt = Date.now();
      waves.push(await firstWave);
      // Once the server says it has stopped listening, forty more find the door shut.
      await listenerClosed;
      waves.push(
        await Promise.all(women.slice(60).map((woman) => postBooking(server.port, woman.token, woman.slotId))),
      );
      expect(await server.exited).toBe(0);
    } finally {
      await server.stop();
    }

    const [first = [], second = []] = waves;
    expect([...first, ...second].filter((o) => o.kind === 'broken')).toEqual([]);
    const answered = first.filter((o) => o.kind === 'answered');
    expect(answered.map((o) => o.status).filter((status) => status !== 201)).toEqual([]);
    // Requests in flight or queued when the signal came were served, not dropped…
    expect(answered.filter((o) => o.answeredAt > signalledAt).length).toBeGreaterThan(30);
    // …and once the listening socket closed, new connections were refused.
    expect(second.map((o) => o.kind)).toEqual(second.map(() => 'refused'));

    const database = await openDatabase(databaseUrl);
    try {
      const stored = await database.query<{ id: string }[]>('SELECT id FROM booking');
      expect(new Set(stored.map((row) => row.id))).toEqual(new Set(answered.map((o) => o.bookingId)));
    } finally {
      await database.destroy();
    }
  });
});

/** One booking on a connection of its own; tells a full answer from a refused connection from anything else. */
function postBooking(port: number, token: string, slotId: string, onConnect?: () => void): Promise<Outcome> {
  const body = JSON.stringify({ slotId });
  return new Promise((resolve) => {
    const call = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/api/bookings',
        agent: false,
        headers: {
          Authorization: `Bearer ${token}`,
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(body),
          'Idempotency-Key': randomUUID(),
        },
      },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('error', (error) => resolve({ kind: 'broken', error: `response: ${error.message}` }));
        response.on('end', () => {
          try {
            const parsed = JSON.parse(text) as { id?: string };
            resolve({
              kind: 'answered',
              status: response.statusCode ?? 0,
              bookingId: parsed.id,
              answeredAt: Date.now(),
            });
          } catch {
            resolve({ kind: 'broken', error: `incomplete body (${response.statusCode}): ${text.slice(0, 100)}` });
          }
        });
      },
    );
    call.on('socket', (socket) => socket.once('connect', () => onConnect?.()));
    call.on('error', (error: NodeJS.ErrnoException) =>
      resolve(error.code === 'ECONNREFUSED' ? { kind: 'refused' } : { kind: 'broken', error: String(error.code) }),
    );
    call.end(body);
  });
}
