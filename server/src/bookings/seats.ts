import type { BookableService } from '@wac/rules';
import type { DayCapacity } from '../availability/availability.js';

/** A place held at one slot time: a seat of its service, a room, or both (numbers as either database returns them). */
export interface TakenSeat {
  service: string | null;
  seat: number | string | null;
  roomSeat: number | string | null;
}

export interface FreeSeats {
  seat: number;
  roomSeat: number;
}

/** The first free seat of the service and the first free room at one slot time; undefined when either is full. */
export function freeSeats(
  taken: readonly TakenSeat[],
  service: BookableService,
  capacity: DayCapacity,
): FreeSeats | undefined {
  const serviceSeats = taken
    .filter((row) => row.service === service && row.seat !== null)
    .map((row) => Number(row.seat));
  const roomSeats = taken.filter((row) => row.roomSeat !== null).map((row) => Number(row.roomSeat));
  const seat = firstFreeSeat(serviceSeats, capacity.services[service]);
  const roomSeat = firstFreeSeat(roomSeats, capacity.rooms);
  return seat === undefined || roomSeat === undefined ? undefined : { seat, roomSeat };
}

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
