// Test data for the cluster suite and benchmark, written straight into the cluster's database (through HAProxy) once
// the first server has migrated and seeded it: open days, a template whose rooms never limit, extra lawyers on duty.
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { setTimeout as sleep } from 'node:timers/promises';
import { RECENT_COUNTERS_MS } from '../../server/dist/cache/versioned-cache.js';
import { DATABASE } from './layout.mjs';

const requireFromServer = createRequire(new URL('../../server/package.json', import.meta.url));

/** Rooms per slot time in every centre's template: more than any test puts on duty, so people decide the places. */
export const ROOMS = 200;
/** Bookable up to this many days ahead; the tests use days 1…14. */
const WINDOW_DAYS = 14;

/**
 * The tests' own connections, through HAProxy like the servers'. Each waits, before every read, until its node has
 * applied everything committed anywhere (as the servers' do): after a node was killed and came back, a pooled
 * connection may still be on another node than the servers write through, and would otherwise miss their last commits.
 */
export function openDatabase(port) {
  const pool = requireFromServer('mysql2/promise').createPool({
    host: '127.0.0.1',
    port,
    user: 'root',
    database: DATABASE,
    connectionLimit: 4,
    timezone: 'Z',
  });
  // mysql2 runs a connection's commands in order: this is done before the connection's first query.
  pool.on('connection', (connection) => connection.query('SET SESSION wsrep_sync_wait = 15', () => undefined));
  return pool;
}

/** Today in Shanghai (UTC+8 all year), as the server counts days. */
export function shanghaiToday(now = new Date()) {
  return new Date(now.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10);
}

export function addDays(date, days) {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86400 * 1000).toISOString().slice(0, 10);
}

/**
 * Opens the next 14 days at every open centre (weekends, holidays and years without an official schedule then do not
 * matter) and gives every centre a template with ROOMS rooms. The demo roster stays: one lawyer, one counsellor and one
 * mediator a day, so each slot has one place per service unless a test adds people.
 */
export async function openBookingWindow(db) {
  const [centreRows] = await db.query("SELECT code FROM centre WHERE status = 'open' ORDER BY sortOrder");
  const centres = centreRows.map((row) => row.code);
  const dates = Array.from({ length: WINDOW_DAYS }, (_, i) => addDays(shanghaiToday(), i + 1));
  await db.query('DELETE FROM calendar_day WHERE date IN (?) AND scope IN (?)', [dates, centres]);
  await insertRows(
    db,
    'calendar_day',
    ['date', 'scope', 'kind', 'name', 'source'],
    centres.flatMap((code) => dates.map((date) => [date, code, 'open', 'cluster test', 'admin'])),
  );
  await db.query('DELETE FROM slot_template WHERE centreCode IN (?)', [centres]);
  await insertRows(
    db,
    'slot_template',
    [
      'centreCode',
      'slotMinutes',
      'bufferMinutes',
      'dayStart',
      'dayEnd',
      'rooms',
      'walkInReserve',
      'bookingWindowDays',
      'leadTimeMinutes',
    ],
    centres.map((code) => [code, 50, 10, '08:00', '12:00', ROOMS, 0, WINDOW_DAYS, 60]),
  );
  await bumpCaches(db, ['calendar', ...centres.map((code) => `centre:${code}`)]);
  return { centres, dates };
}

/** Puts `count` more lawyers on duty at a centre for a day: its legal slots get that many more places. */
export async function addLawyers(db, centreCode, date, count) {
  const ids = Array.from({ length: count }, () => randomUUID());
  await insertRows(
    db,
    'staff_member',
    ['id', 'centreCode', 'displayName', 'professions', 'bio', 'photoId', 'showOnWall', 'active', 'wallOrder'],
    ids.map((id, i) => [id, centreCode, `集群测试律师${i + 1}`, JSON.stringify(['lawyer']), '', null, 0, 1, 99]),
  );
  await insertRows(
    db,
    'duty_assignment',
    ['id', 'centreCode', 'date', 'staffMemberId'],
    ids.map((id) => [randomUUID(), centreCode, date, id]),
  );
  await bumpCaches(db, [`centre:${centreCode}`]);
}

/**
 * What the server does with every roster or template change, here for changes written straight into the tables: the
 * servers' cached availability inputs (server/src/cache) are read again at their next request, or, for an anonymous
 * read, once the counters it may reuse are older than RECENT_COUNTERS_MS.
 */
async function bumpCaches(db, names) {
  for (const name of names) {
    await db.query(
      'INSERT INTO cache_version (name, version) VALUES (?, 1) ON DUPLICATE KEY UPDATE version = version + 1',
      [name],
    );
  }
  await sleep(RECENT_COUNTERS_MS + 1);
}

async function insertRows(db, table, columns, rows) {
  for (let i = 0; i < rows.length; i += 200) {
    const chunk = rows.slice(i, i + 200);
    const values = chunk.map(() => `(${columns.map(() => '?').join(', ')})`).join(', ');
    await db.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values}`, chunk.flat());
  }
}

/** Bookings that hold a place, per slot (centre, day, time, service), for the over-capacity check. */
export async function placesBySlot(db) {
  const [rows] = await db.query(
    'SELECT centreCode, date, startTime, service, COUNT(*) AS held FROM booking WHERE seat IS NOT NULL GROUP BY centreCode, date, startTime, service',
  );
  return new Map(
    rows.map((row) => [`${row.centreCode}|${row.date}|${row.startTime}|${row.service}`, Number(row.held)]),
  );
}

/** Every booking of the given women: id, client, key and whether it holds a place. */
export async function bookingsOf(db, clientIds) {
  const found = [];
  for (let i = 0; i < clientIds.length; i += 500) {
    const [rows] = await db.query(
      'SELECT id, clientId, idempotencyKey, status, seat FROM booking WHERE clientId IN (?)',
      [clientIds.slice(i, i + 500)],
    );
    found.push(...rows);
  }
  return found;
}
