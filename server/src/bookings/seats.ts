import type { EntityManager } from 'typeorm';
import type { DayCapacity } from '../availability/availability.js';
import type { SlotRef } from '../availability/slot-id.js';
import type { BookingsRepository } from './bookings.repository.js';

/** The lowest seat number from 1 to `capacity` nobody holds, or undefined when all are taken. */
export function firstFreeSeat(taken: readonly number[], capacity: number): number | undefined {
  const held = new Set(taken);
  for (let seat = 1; seat <= capacity; seat += 1) {
    if (!held.has(seat)) {
      return seat;
    }
  }
  return undefined;
}

/**
 * Picks a free seat of the service and a free room at one slot time, inside the caller's transaction and after it
 * locked the slot time; undefined when either is full. The unique constraints on the seat columns back this up.
 */
export async function takeSeats(
  bookings: BookingsRepository,
  manager: EntityManager,
  ref: SlotRef,
  capacity: DayCapacity,
  exceptBookingId?: string,
): Promise<{ seat: number; roomSeat: number } | undefined> {
  const taken = await bookings.takenSeats(manager, ref, exceptBookingId);
  const seat = firstFreeSeat(taken.serviceSeats, capacity.services[ref.service]);
  const roomSeat = firstFreeSeat(taken.roomSeats, capacity.rooms);
  return seat === undefined || roomSeat === undefined ? undefined : { seat, roomSeat };
}
