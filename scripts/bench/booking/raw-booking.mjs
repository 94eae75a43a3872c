// The server's booking transaction (BookingsService.create → BookingsRepository), statement for statement, without
// HTTP, Nest, TypeORM or the checks the server makes before it (token, replay, slot rules, roster). This is the
// ceiling the HTTP figures are compared with.
import { randomInt, randomUUID } from 'node:crypto';

const ACTIVE_BOOKING_LIMIT = 2;
const SQL = {
  findByIdempotencyKey: 'SELECT id FROM booking WHERE clientId = ? AND idempotencyKey = ? LIMIT 1',
  countUpcoming:
    "SELECT COUNT(*) AS n FROM booking WHERE clientId = ? AND status IN ('pending', 'confirmed') AND (date > ? OR (date = ? AND startTime > ?))",
  hasBookingAt: 'SELECT 1 AS found FROM booking WHERE activeClientId = ? AND date = ? AND startTime = ? LIMIT 1',
  takenSeats: 'SELECT id, service, seat, roomSeat FROM booking WHERE centreCode = ? AND date = ? AND startTime = ?',
  insert:
    'INSERT INTO booking (id, centreCode, date, startTime, endTime, service, clientId, status, seat, roomSeat, activeClientId, idempotencyKey, code, topic, ' +
    'contactPreference, declineReason, statusChangedBy, statusChangedAt, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
};

/** A booking's short code, drawn as the server draws it (server/src/common/short-code.ts). */
const shortCode = () => Array.from({ length: 10 }, () => '23456789ABCDEFGHJKMNPQRSTUVWXYZ'[randomInt(31)]).join('');

/** Thrown inside the transaction to roll it back, as the server's DomainErrors do. */
class Refused extends Error {}

/**
 * One booking attempt for one woman (`clientId`, with her own Idempotency-Key) at `slot`, whose capacity the
 * caller knows. Resolves with the outcome named as the API's codes: 'booked', 'SLOT_FULL', 'LIMIT_REACHED', …
 */
export async function bookDirectly(db, { clientId, key, slot, capacity }) {
  const now = new Date();
  try {
    return await db.transaction(async (q) => {
      await db.lockClient(q, clientId);
      if (await q.get(SQL.findByIdempotencyKey, [clientId, key])) {
        return 'replayed';
      }
      const shanghai = shanghaiNow(now);
      const upcoming = Number(
        (await q.get(SQL.countUpcoming, [clientId, shanghai.date, shanghai.date, shanghai.clock])).n,
      );
      if (upcoming >= ACTIVE_BOOKING_LIMIT) {
        throw new Refused('LIMIT_REACHED');
      }
      if (await q.get(SQL.hasBookingAt, [clientId, slot.date, slot.start])) {
        throw new Refused('ALREADY_BOOKED_AT_THIS_TIME');
      }
      await db.lockSlotTime(q, slot);
      const taken = await q.all(SQL.takenSeats, [slot.centreCode, slot.date, slot.start]);
      const seat = firstFreeSeat(
        taken.filter((r) => r.service === slot.service && r.seat !== null).map((r) => r.seat),
        capacity.services[slot.service],
      );
      const roomSeat = firstFreeSeat(
        taken.filter((r) => r.roomSeat !== null).map((r) => r.roomSeat),
        capacity.rooms,
      );
      if (seat === undefined || roomSeat === undefined) {
        throw new Refused('SLOT_FULL');
      }
      await q.run(SQL.insert, [
        randomUUID(),
        slot.centreCode,
        slot.date,
        slot.start,
        slot.end,
        slot.service,
        clientId,
        'pending',
        seat,
        roomSeat,
        clientId,
        key,
        shortCode(),
        null,
        'in_app',
        null,
        null,
        utcDatetime(now),
        1,
      ]);
      return 'booked';
    });
  } catch (error) {
    if (error instanceof Refused) {
      return error.message;
    }
    // As in the server, a unique constraint catching a race means the place was taken.
    if (db.isUniqueViolation(error)) {
      return 'SLOT_FULL';
    }
    throw error;
  }
}

function firstFreeSeat(taken, capacity) {
  const held = new Set(taken);
  for (let seat = 1; seat <= capacity; seat += 1) {
    if (!held.has(seat)) {
      return seat;
    }
  }
  return undefined;
}

function shanghaiNow(now) {
  const iso = new Date(now.getTime() + 8 * 3600 * 1000).toISOString();
  return { date: iso.slice(0, 10), clock: iso.slice(11, 16) };
}

/** How TypeORM writes a Date into a datetime(6) column: UTC, 'YYYY-MM-DD HH:MM:SS.mmm'. */
function utcDatetime(date) {
  return date.toISOString().replace('T', ' ').replace('Z', '');
}
