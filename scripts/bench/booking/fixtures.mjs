// The benchmark's own data, written straight into its throwaway database once the server has migrated and seeded it.
import { randomUUID } from 'node:crypto';

/** The hot slot: one centre's 10:00 legal consultation, two days ahead, with this many places to sell. */
export const HOT_CAPACITY = 50;
const HOT = { centreCode: 'jinjiang', dayOffset: 2, start: '10:00', service: 'legal' };
/** Spread slots: every open centre, on each of the next 14 days (the booking window), every time and service. */
const SPREAD_DAYS = 14;
const BOOKABLE_PROFESSIONS = { legal: 'lawyer', counselling: 'counsellor', mediation: 'mediator' };
/** The server's DEFAULT_SLOT_RULES but with rooms to spare, so the people on duty alone decide each slot's places. */
const TEMPLATE = {
  slotMinutes: 50,
  bufferMinutes: 10,
  dayStart: '08:00',
  dayEnd: '12:00',
  rooms: HOT_CAPACITY,
  walkInReserve: 0,
  bookingWindowDays: 14,
  leadTimeMinutes: 60,
};

/** Today in Shanghai (UTC+8 all year), as the server counts days. */
export function shanghaiToday(now = new Date()) {
  return new Date(now.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10);
}

function addDays(date, days) {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86400 * 1000).toISOString().slice(0, 10);
}

/**
 * Opens the next 14 days at every open centre (so weekends, holidays and years without an official schedule do not
 * matter), gives every centre a template whose rooms do not limit, and puts HOT_CAPACITY lawyers on duty at the hot
 * centre on the hot day. Everywhere else the demo roster stays: one lawyer, one counsellor, one mediator, so each
 * slot time has 3 places, one per service.
 */
export async function prepareBenchData(db, today) {
  const centres = (await db.all("SELECT code FROM centre WHERE status = 'open' ORDER BY sortOrder")).map(
    (row) => row.code,
  );
  const dates = Array.from({ length: SPREAD_DAYS }, (_, i) => addDays(today, i + 1));
  const hot = { ...HOT, date: addDays(today, HOT.dayOffset) };
  if (!centres.includes(hot.centreCode)) {
    throw new Error(`The hot-slot centre ${hot.centreCode} is not an open centre in this database`);
  }
  await insertRows(
    db,
    'calendar_day',
    ['date', 'scope', 'kind', 'name', 'source'],
    centres.flatMap((code) => dates.map((date) => [date, code, 'open', 'benchmark', 'admin'])),
  );
  await db.run(`DELETE FROM slot_template WHERE centreCode IN (${centres.map(() => '?').join(', ')})`, centres);
  await insertRows(
    db,
    'slot_template',
    ['centreCode', ...Object.keys(TEMPLATE)],
    centres.map((code) => [code, ...Object.values(TEMPLATE)]),
  );
  await addLawyersOnDuty(db, hot, HOT_CAPACITY - (await lawyersOnDuty(db, hot)));
  await bumpCaches(db, ['calendar', ...centres.map((code) => `centre:${code}`)]);
  return { centres, dates, hot, capacityAt: await loadCapacities(db, dates) };
}

/**
 * The server caches what these writes change (server/src/cache/cache-names.ts); bumping the counters, as the server's
 * own writes do, makes every server process read them again.
 */
export async function bumpCaches(db, names) {
  const upsert =
    db.kind === 'sqlite'
      ? 'ON CONFLICT (name) DO UPDATE SET version = version + 1'
      : 'ON DUPLICATE KEY UPDATE version = version + 1';
  for (const name of names) {
    await db.run(`INSERT INTO cache_version (name, version) VALUES (?, 1) ${upsert}`, [name]);
  }
}

async function lawyersOnDuty(db, { centreCode, date }) {
  const rows = await db.all(
    'SELECT s.professions FROM duty_assignment d JOIN staff_member s ON s.id = d.staffMemberId WHERE d.centreCode = ? AND d.date = ?',
    [centreCode, date],
  );
  return rows.filter((row) => JSON.parse(row.professions).includes('lawyer')).length;
}

async function addLawyersOnDuty(db, { centreCode, date }, count) {
  const ids = Array.from({ length: Math.max(0, count) }, () => randomUUID());
  await insertRows(
    db,
    'staff_member',
    ['id', 'centreCode', 'displayName', 'professions', 'bio', 'photoId', 'showOnWall', 'active', 'wallOrder'],
    ids.map((id, i) => [id, centreCode, `压测律师${i + 1}`, JSON.stringify(['lawyer']), '', null, 0, 1, 99]),
  );
  await insertRows(
    db,
    'duty_assignment',
    ['id', 'centreCode', 'date', 'staffMemberId'],
    ids.map((id) => [randomUUID(), centreCode, date, id]),
  );
}

/**
 * What each slot can hold, computed from the roster and templates as the server's dayCapacity does: per service,
 * people of that profession on duty; per slot time, rooms but never more than the people who give consultations.
 * The raw transactions need it (the server computes it before its transaction) and so does the overbooking check.
 */
async function loadCapacities(db, dates) {
  const duty = await db.all(
    'SELECT d.centreCode, d.date, s.professions FROM duty_assignment d JOIN staff_member s ON s.id = d.staffMemberId WHERE s.active = 1 AND d.date BETWEEN ? AND ?',
    [dates[0], dates[dates.length - 1]],
  );
  const rooms = new Map(
    (await db.all('SELECT centreCode, rooms, walkInReserve FROM slot_template')).map((t) => [
      t.centreCode,
      t.rooms - t.walkInReserve,
    ]),
  );
  const byDay = new Map();
  for (const row of duty) {
    const key = `${row.centreCode}|${row.date}`;
    const day = byDay.get(key) ?? { legal: 0, counselling: 0, mediation: 0, professionals: 0 };
    const professions = JSON.parse(row.professions);
    const services = Object.keys(BOOKABLE_PROFESSIONS).filter((service) =>
      professions.includes(BOOKABLE_PROFESSIONS[service]),
    );
    services.forEach((service) => (day[service] += 1));
    day.professionals += services.length > 0 ? 1 : 0;
    byDay.set(key, day);
  }
  return ({ centreCode, date }) => {
    const day = byDay.get(`${centreCode}|${date}`) ?? { legal: 0, counselling: 0, mediation: 0, professionals: 0 };
    const services = { legal: day.legal, counselling: day.counselling, mediation: day.mediation };
    return { services, rooms: Math.max(0, Math.min(rooms.get(centreCode) ?? 2, day.professionals)) };
  };
}

/** Guest clients for the raw transactions, as POST /api/auth/guest creates them. */
export async function insertClients(db, ids) {
  await insertRows(
    db,
    'client',
    ['id', 'kind'],
    ids.map((id) => [id, 'guest']),
  );
}

/** Empties bookings between measurements, so each one starts from the same state. */
export async function resetBookings(db) {
  await db.run('DELETE FROM booking');
  await db.run('DELETE FROM slot_lock');
}

/** Every slot (and slot time) holding more places than it can: must be empty, whatever the load. */
export async function findOverbooking(db, capacityAt) {
  const byService = await db.all(
    'SELECT centreCode, date, startTime, service, COUNT(*) AS held FROM booking WHERE seat IS NOT NULL GROUP BY centreCode, date, startTime, service',
  );
  const byTime = await db.all(
    'SELECT centreCode, date, startTime, COUNT(*) AS held FROM booking WHERE roomSeat IS NOT NULL GROUP BY centreCode, date, startTime',
  );
  const problems = [];
  for (const row of byService) {
    const capacity = capacityAt(row).services[row.service];
    if (Number(row.held) > capacity) {
      problems.push(
        `${row.centreCode} ${row.date} ${row.startTime} ${row.service}: ${row.held} places held, capacity ${capacity}`,
      );
    }
  }
  for (const row of byTime) {
    const { rooms } = capacityAt(row);
    if (Number(row.held) > rooms) {
      problems.push(`${row.centreCode} ${row.date} ${row.startTime}: ${row.held} rooms held, ${rooms} rooms`);
    }
  }
  return problems;
}

export async function placesHeld(db, ref) {
  const row = ref
    ? await db.get(
        'SELECT COUNT(*) AS n FROM booking WHERE seat IS NOT NULL AND centreCode = ? AND date = ? AND startTime = ? AND service = ?',
        [ref.centreCode, ref.date, ref.start, ref.service],
      )
    : await db.get('SELECT COUNT(*) AS n FROM booking WHERE seat IS NOT NULL');
  return Number(row.n);
}

/** Multi-row INSERTs in chunks (both databases accept the same syntax). */
async function insertRows(db, table, columns, rows) {
  const CHUNK = 200;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const values = chunk.map(() => `(${columns.map(() => '?').join(', ')})`).join(', ');
    await db.run(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values}`, chunk.flat());
  }
}
