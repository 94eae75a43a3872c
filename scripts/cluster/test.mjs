// `npm run test:cluster`: the scale-out stack under load and failures, on this machine. Starts its own cluster (three
// Galera nodes, HAProxy, three servers, nginx; ports offset by 1000 so a demo cluster can keep running), fills it with
// bookings through the API as the mini-program makes them, kills database nodes and servers mid-storm, and checks the
// database afterwards. Run by .ci/run after `npm test`. KEEP_CLUSTER=1 leaves the cluster running afterwards.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { LIFTED_LIMITS, pnpm } from '../lib.mjs';
import { book, bookWithRetries, findSlot, get, inParallel, mine, newGuest, slotsBetween } from './api.mjs';
import {
  clusterStatus,
  connectToNode,
  haproxyServerStates,
  nginxUrl,
  serverUrl,
  startCluster,
  startNode,
  startServer,
  startServers,
  stopCluster,
  stopNode,
  stopServer,
} from './cluster.mjs';
import {
  addDays,
  addLawyers,
  bookingsOf,
  openBookingWindow,
  openDatabase,
  placesBySlot,
  shanghaiToday,
} from './fixtures.mjs';
import { clusterLayout, DATABASE, NODES, ROOT, SERVERS } from './layout.mjs';
import { portInUse, sleep, waitFor } from './processes.mjs';

const layout = clusterLayout({ name: 'test', portOffset: 1000 });
const servers = SERVERS.map((n) => serverUrl(layout, n));
const nginx = nginxUrl(layout);
const day = (offset) => addDays(shanghaiToday(), offset);
/** Requests in flight at once in every storm. */
const CONCURRENCY = 24;
/** Tables compared across the nodes after a node rejoined. */
const COMPARED_TABLES = ['booking', 'client', 'slot_lock', 'calendar_day', 'duty_assignment', 'staff_member', 'centre'];

let db;

// Every storm here comes from this one machine's address: lift the limits against scripts for the servers started.
Object.assign(process.env, LIFTED_LIMITS);

before(async () => {
  await ensureBuilt();
  await stopCluster(layout, { wipe: true });
  await startCluster(layout, { mode: 'shared' });
  db = openDatabase(layout.haproxy.port);
  await openBookingWindow(db);
});

after(async () => {
  await db?.end();
  if (process.env.KEEP_CLUSTER !== '1') {
    await stopCluster(layout, { wipe: true });
  }
});

async function ensureBuilt() {
  if (!existsSync(join(ROOT, 'server/dist/main.js'))) {
    assert.equal(await pnpm(['--filter', '@wac/server', 'run', 'build']), 0, 'server build');
  }
  if (!existsSync(join(ROOT, 'miniapp/dist/h5/index.html'))) {
    assert.equal(await pnpm(['--filter', '@wac/miniapp', 'run', 'build:h5']), 0, 'H5 build');
  }
}

describe('the stack', () => {
  test('nginx and every server serve the same H5 and the same API', async () => {
    for (const path of ['/', '/api/centres', '/api/health']) {
      const answers = await Promise.all([nginx, ...servers].map((base) => fetchText(`${base}${path}`)));
      for (const answer of answers) {
        assert.equal(answer.status, 200, `${path} answered ${answer.status}`);
        assert.equal(answer.text, answers[0].text, `${path} differs between nginx and the servers`);
      }
    }
    assert.match((await fetchText(`${nginx}/`)).text, /<html/i);
  });

  test('the server’s pooled sessions wait for the node to catch up (wsrep_sync_wait=1 on Galera)', async () => {
    const { buildDataSourceOptions } = await import(distModule('database/data-source-options.js'));
    const { detectMysqlServer } = await import(distModule('database/mysql-flavour.js'));
    const { parseDatabaseUrl } = await import(distModule('config/app-config.js'));
    const { DataSource } = createRequire(join(ROOT, 'server/package.json'))('typeorm');
    const database = parseDatabaseUrl(`mysql://root@127.0.0.1:${layout.haproxy.port}/${DATABASE}`, ROOT, []);
    const mysqlServer = await detectMysqlServer(database);
    assert.deepEqual(mysqlServer, { flavour: 'mariadb', galera: true, tidb: false });
    const options = await buildDataSourceOptions(database, { migrationsRun: false, mysqlServer });
    // A booking's statements are sent one by one here, never several in one query (data-source-options.ts says why).
    assert.equal(options.multipleStatements, false);
    const dataSource = new DataSource(options);
    await dataSource.initialize();
    try {
      const sessions = await Promise.all(
        Array.from({ length: 5 }, () => dataSource.query('SELECT @@session.wsrep_sync_wait AS syncWait')),
      );
      assert.deepEqual(
        sessions.map(([row]) => Number(row.syncWait)),
        [1, 1, 1, 1, 1],
      );
    } finally {
      await dataSource.destroy();
    }
  });

  test('a server is not ready while its node is not Synced, and HAProxy takes that node out of rotation', async () => {
    const direct = await startExtraServer(layout.node(3).sqlPort);
    const node3 = await connectToNode(layout, 3);
    try {
      assert.equal((await get(direct.url, '/api/health')).status, 200);
      // A desynced node (as while it donates its data to a joiner) answers queries but is not Synced.
      await node3.query('SET GLOBAL wsrep_desync = ON');
      await waitFor(
        'the server to report not ready',
        async () => (await get(direct.url, '/api/health')).status === 503,
      );
      await waitFor(
        'HAProxy to mark node 3 down',
        async () => (await haproxyServerStates(layout))['galera/node3'] === 'DOWN',
      );
      // The servers behind HAProxy keep answering through the other nodes.
      assert.equal((await get(nginx, '/api/health')).status, 200);
      await node3.query('SET GLOBAL wsrep_desync = OFF');
      await waitFor('the server to be ready again', async () => (await get(direct.url, '/api/health')).status === 200);
      await waitFor(
        'HAProxy to put node 3 back',
        async () => (await haproxyServerStates(layout))['galera/node3'] === 'UP',
      );
    } finally {
      await node3.query('SET GLOBAL wsrep_desync = OFF').catch(() => undefined);
      await node3.end();
      await direct.stop();
    }
  });
});

for (const mode of ['shared', 'pinned']) {
  const via =
    mode === 'shared' ? 'every server through node 1 first (as deployed)' : 'each server through its own node';
  describe(`bookings with ${via}`, () => {
    before(async () => {
      if (mode === 'pinned') {
        await Promise.all(SERVERS.map((n) => stopServer(layout, n)));
        await startServers(layout, { mode: 'pinned' });
      }
    });

    test('(a) 1,000 attempts across all servers at slots of 3 places: exactly the places are booked, no 5xx', async () => {
      const date = day(mode === 'shared' ? 3 : 4);
      const centres = ['jinjiang', 'shishi', 'nanan', 'huian', 'anxi', 'yongchun', 'dehua', 'licheng'];
      for (const centre of centres) {
        await addLawyers(db, centre, date, 2);
      }
      const slots = await Promise.all(centres.map((centre) => findSlot(servers[0], centre, date, '10:00', 'legal')));
      assert.deepEqual(
        slots.map((slot) => slot.remaining),
        centres.map(() => 3),
      );
      const attempts = 1000;
      const guests = await inParallel(attempts, CONCURRENCY, (i) => newGuest(servers[i % 3]));
      const answers = await inParallel(attempts, CONCURRENCY, (i) =>
        book(servers[(i + 1) % 3], guests[i].token, slots[i % slots.length].slotId),
      );
      const statuses = countBy(answers, (a) => (a.status === 409 ? `409 ${a.body.code}` : String(a.status)));
      assert.deepEqual(statuses, { 201: 3 * centres.length, '409 SLOT_FULL': attempts - 3 * centres.length });
      const held = await placesBySlot(db);
      for (const centre of centres) {
        assert.equal(held.get(`${centre}|${date}|10:00|legal`), 3, `${centre} ${date} 10:00`);
      }
    });

    test('(b) three simultaneous bookings by one woman through three servers: exactly 2 succeed, every time', async () => {
      const date = day(mode === 'shared' ? 5 : 6);
      const centre = 'jinjiang';
      const women = 150;
      await addLawyers(db, centre, date, women);
      const times = ['08:00', '09:00', '10:00', '11:00'];
      const slotIds = await Promise.all(
        times.map(async (time) => (await findSlot(servers[0], centre, date, time, 'legal')).slotId),
      );
      const guests = await inParallel(women, CONCURRENCY, (i) => newGuest(servers[i % 3]));
      const results = await inParallel(women, 8, async (i) => {
        const mySlots = slotIds.filter((_, t) => t !== i % times.length);
        return Promise.all(mySlots.map((slot, s) => book(servers[s], guests[i].token, slot)));
      });
      const overLimit = [];
      results.forEach((answers, i) => {
        const statuses = answers.map((a) => (a.status === 409 ? `409 ${a.body.code}` : String(a.status))).sort();
        if (statuses.join() !== ['201', '201', '409 LIMIT_REACHED'].join()) {
          overLimit.push(`woman ${i}: ${statuses.join(', ')}`);
        }
      });
      const held = countBy(
        await bookingsOf(
          db,
          guests.map((g) => g.clientId),
        ),
        (b) => b.clientId,
      );
      const holdingMore = Object.values(held).filter((count) => count > 2).length;
      assert.deepEqual(
        { answersOtherThan2Booked1Refused: overLimit.slice(0, 10), womenHoldingMoreThan2: holdingMore },
        { answersOtherThan2Booked1Refused: [], womenHoldingMoreThan2: 0 },
      );
    });

    test('(c) a guest made on one server books on another at once, and 我的预约 on a third shows it', async () => {
      const date = day(7);
      const centre = 'shishi';
      const rounds = 60;
      if (mode === 'shared') {
        await addLawyers(db, centre, date, rounds);
      }
      const times = ['08:00', '09:00', '10:00', '11:00'];
      const slotIds = await Promise.all(
        times.map(async (time) => (await findSlot(servers[0], centre, date, time, 'legal')).slotId),
      );
      const failures = [];
      await inParallel(rounds, 10, async (r) => {
        const [made, booked, listed] = [r % 3, (r + 1) % 3, (r + 2) % 3];
        const guest = await newGuest(servers[made]);
        const answer = await book(servers[booked], guest.token, slotIds[r % times.length]);
        if (answer.status !== 201) {
          failures.push(
            `round ${r}: booking on server ${booked + 1} answered ${answer.status} ${answer.body.code ?? ''}`,
          );
          return;
        }
        const list = await mine(servers[listed], guest.token);
        if (list.status !== 200 || !list.body.items.some((item) => item.id === answer.body.id)) {
          failures.push(`round ${r}: 我的预约 on server ${listed + 1} answered ${list.status} without the booking`);
        }
      });
      assert.deepEqual(failures, []);
    });

    test('(d) kill -9 a database node mid-storm: nothing lost or doubled, the servers keep answering, the node rejoins', async (t) => {
      const victim = mode === 'shared' ? 1 : 2;
      const plan = await stormPlan(mode === 'shared' ? 'node-shared' : 'node-pinned');
      let killedAt;
      const storm = await runStorm(plan, {
        baseFor: (i, attempt) => (attempt === 1 ? servers[i % 3] : nginx),
        atThird: async () => {
          killedAt = performance.now();
          await stopNode(layout, victim, { signal: 'SIGKILL' });
        },
      });
      await checkStorm(t, plan, storm, { killedAt });
      await startNode(layout, victim);
      await checkClusterAgrees();
    });

    test('(e) kill -9 a server mid-storm: the others go on, every answered booking is in the database once', async (t) => {
      const victim = mode === 'shared' ? 2 : 3;
      const plan = await stormPlan(mode === 'shared' ? 'server-shared' : 'server-pinned');
      let killedAt;
      const storm = await runStorm(plan, {
        baseFor: () => nginx,
        atThird: async () => {
          killedAt = performance.now();
          await stopServer(layout, victim, { signal: 'SIGKILL' });
        },
      });
      await checkStorm(t, plan, storm, { killedAt });
      await startServer(layout, victim, { mode });
    });
  });
}

// ── Storms ─────────────────────────────────────────────────────────────────────────────────────────────────────────

const STORM_ATTEMPTS = 300;
/** Where each storm books: its own two days, so one storm's bookings never fill another's slots. */
const STORM_DAYS = {
  'server-shared': [1, 8],
  'node-shared': [2, 9],
  'server-pinned': [10, 12],
  'node-pinned': [11, 13],
};
const HOT_PLACES = 5;

/**
 * 300 women, each with a fresh guest session: four in five at a slot of their own (one place each, so nearly all are
 * booked and there is much to lose), one in five at one hot slot of 5 places (conflicts on the same rows).
 */
async function stormPlan(name) {
  const dates = STORM_DAYS[name].map((offset) => day(offset));
  await addLawyers(db, 'licheng', dates[0], HOT_PLACES - 1);
  const centres = (await get(servers[0], '/api/centres')).body.items.map((centre) => centre.code);
  const all = (
    await Promise.all(
      centres.flatMap((centre) => dates.map((date) => slotsBetween(servers[0], centre, date, date).catch(() => []))),
    )
  ).flat();
  const hot = all.find(
    (s) => s.centreCode === 'licheng' && s.date === dates[0] && s.start === '10:00' && s.service === 'legal',
  );
  assert.ok(hot, 'the hot slot is offered');
  assert.equal(hot.remaining, HOT_PLACES);
  const own = all.filter((s) => s !== hot && s.remaining === 1);
  const ownNeeded = STORM_ATTEMPTS - Math.ceil(STORM_ATTEMPTS / 5);
  assert.ok(own.length >= ownNeeded, `enough one-place slots on ${dates.join(', ')} (${own.length})`);
  const guests = await inParallel(STORM_ATTEMPTS, CONCURRENCY, (i) => newGuest(servers[i % 3]));
  let nextOwn = 0;
  const slots = guests.map((_, i) => (i % 5 === 0 ? hot : own[nextOwn++]));
  return { name, guests, slots, hot };
}

/** How long after the failure the last third of a storm is sent: what the survivors answer then is not in flight. */
const AFTER_FAILURE_MS = 1000;

/**
 * Runs the storm; `atThird` runs once a third of the attempts have been answered (the failure to survive). The last
 * third waits until the failure is AFTER_FAILURE_MS old, so bookings are always asked for after it however fast the
 * machine is (on a fast one the whole storm could otherwise be over within a second of the kill).
 */
async function runStorm(plan, { baseFor, atThird }) {
  let answered = 0;
  let failure;
  let failureIsOld;
  const afterFailure = new Promise((resolve) => {
    failureIsOld = resolve;
  });
  const heldBackFrom = STORM_ATTEMPTS - Math.floor(STORM_ATTEMPTS / 3);
  const results = await inParallel(STORM_ATTEMPTS, CONCURRENCY, async (i) => {
    if (i >= heldBackFrom) {
      await afterFailure;
    }
    const result = await bookWithRetries((attempt) => baseFor(i, attempt), plan.guests[i].token, plan.slots[i].slotId);
    answered += 1;
    if (answered === Math.floor(STORM_ATTEMPTS / 3)) {
      failure = atThird().finally(() => sleep(AFTER_FAILURE_MS).then(failureIsOld));
    }
    return result;
  });
  await failure;
  return results;
}

async function checkStorm(t, plan, results, { killedAt }) {
  const first = results.map((r) => r.answers[0]);
  const last = results.map((r) => r.answers.at(-1));
  const firstStatuses = countBy(first, (a) => String(a.status));
  t.diagnostic(
    `first answers ${JSON.stringify(firstStatuses)}, final answers ${JSON.stringify(countBy(last, (a) => String(a.status)))}, ` +
      `retried ${results.filter((r) => r.answers.length > 1).length}`,
  );
  // Only what was in flight when the node or server died may fail, and never as a 500.
  assert.equal(first.filter((a) => a.status === 500).length, 0, `500s: ${JSON.stringify(firstStatuses)}`);
  const failed = first.filter((a) => a.status === 0 || a.status >= 500).length;
  assert.ok(failed <= CONCURRENCY, `${failed} first answers failed, more than the ${CONCURRENCY} in flight`);
  // Her retries with the same Idempotency-Key always end in a real answer: booked, or refused (slot full).
  const unanswered = last.filter((a) => a.status !== 201 && a.status !== 409);
  assert.deepEqual(
    countBy(unanswered, (a) => `${a.status} ${a.body.code ?? ''}`),
    {},
    'attempts left without an answer',
  );
  const afterFailure = results.filter(
    (r) => r.answers[0].at > killedAt + AFTER_FAILURE_MS && r.answers[0].status === 201,
  ).length;
  t.diagnostic(`${afterFailure} bookings answered at the first try more than 1 s after the failure`);
  assert.ok(afterFailure > 0, 'bookings were made after the failure');
  // Every booking answered 201 is in the database exactly once, and nothing is there that she was not told about.
  const answeredIds = last.filter((a) => a.status === 201).map((a) => a.body.id);
  const inDatabase = await bookingsOf(
    db,
    plan.guests.map((g) => g.clientId),
  );
  assert.equal(new Set(answeredIds).size, answeredIds.length, 'no booking answered twice');
  assert.deepEqual(inDatabase.map((b) => b.id).sort(), [...answeredIds].sort());
  assert.equal(new Set(inDatabase.map((b) => `${b.clientId}|${b.idempotencyKey}`)).size, inDatabase.length);
  // No slot over its places.
  const held = await placesBySlot(db);
  for (const slot of plan.slots) {
    const places = slot === plan.hot ? HOT_PLACES : 1;
    const key = `${slot.centreCode}|${slot.date}|${slot.start}|${slot.service}`;
    assert.ok((held.get(key) ?? 0) <= places, `${key} holds ${held.get(key)} of ${places} places`);
  }
  assert.equal(held.get(`${plan.hot.centreCode}|${plan.hot.date}|${plan.hot.start}|${plan.hot.service}`), HOT_PLACES);
}

/** After a rejoin: three Synced nodes, and the same rows on each (row counts and checksums). */
async function checkClusterAgrees() {
  await waitFor('three Synced nodes that see each other', async () =>
    (await clusterStatus(layout)).every((node) => node.state === 'Synced' && node.size === NODES.length),
  );
  let views;
  for (let attempt = 0; attempt < 10; attempt += 1) {
    views = await Promise.all(NODES.map((n) => tableSums(n)));
    if (views.every((view) => JSON.stringify(view) === JSON.stringify(views[0]))) {
      return;
    }
    await sleep(500);
  }
  assert.deepEqual(views[1], views[0], 'node 2 differs from node 1');
  assert.deepEqual(views[2], views[0], 'node 3 differs from node 1');
}

async function tableSums(n) {
  const connection = await connectToNode(layout, n);
  try {
    // Wait until this node has applied everything committed anywhere before reading.
    await connection.query('SET SESSION wsrep_sync_wait = 15');
    const [checksums] = await connection.query(`CHECKSUM TABLE ${COMPARED_TABLES.join(', ')}`);
    const counts = {};
    for (const table of COMPARED_TABLES) {
      const [[{ rows }]] = await connection.query(`SELECT COUNT(*) AS \`rows\` FROM ${table}`);
      counts[table] = Number(rows);
    }
    return { counts, checksums: checksums.map((row) => `${row.Table}:${row.Checksum}`) };
  } finally {
    await connection.end();
  }
}

// ── Helpers ────────────────────────────────────────────────────────────────────────────────────────────────────────

function countBy(items, keyOf) {
  const counts = {};
  for (const item of items) {
    const key = keyOf(item);
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

async function fetchText(url) {
  const response = await fetch(url);
  return { status: response.status, text: await response.text() };
}

const distModule = (path) => pathToFileURL(join(ROOT, 'server/dist', path)).href;

/** One more server process, talking to one node directly (no HAProxy), to watch its readiness. */
async function startExtraServer(mysqlPort) {
  let port = layout.server(3).port + 10;
  while (await portInUse(port)) {
    port += 1;
  }
  const child = spawn(process.execPath, [join(ROOT, 'server/dist/main.js')], {
    cwd: ROOT,
    stdio: 'ignore',
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: `mysql://root@127.0.0.1:${mysqlPort}/${DATABASE}`,
      APP_SECRET: 'x'.repeat(64),
      // A production server on MySQL shares its limits through Redis (it refuses to start without it).
      REDIS_URL: 'redis://127.0.0.1:6379/0',
      RATE_LIMIT_PREFIX: 'wac-cluster-extra:',
      MIGRATE_ON_START: 'false',
      SEED_DEMO: 'false',
      STATIC_DIR: '/nonexistent',
      LOG_LEVEL: 'error',
    },
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(
    'the extra server',
    async () => child.exitCode === null && (await get(url, '/api/health')).status === 200,
  );
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}
