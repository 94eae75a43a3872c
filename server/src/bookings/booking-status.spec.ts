import { canTransition, TRANSITIONS, type BookingAction } from './booking-status.js';
import { BOOKING_STATUSES, type BookingStatus } from '@wac/rules';
import { firstFreeSeat, freeSeats } from './seats.js';

/** Every action from every status: the whole table, so a change to the rules shows up here. */
const ALLOWED: Record<BookingAction, BookingStatus[]> = {
  confirm: ['pending'],
  decline: ['pending', 'confirmed'],
  arrive: ['pending', 'confirmed'],
  complete: ['arrived'],
  'no-show': ['pending', 'confirmed'],
  cancel: ['pending', 'confirmed', 'day_closed'],
  reschedule: ['pending', 'confirmed', 'day_closed'],
  'accept-offer': ['offered'],
  'close-day': ['pending', 'confirmed'],
};

describe('booking transitions', () => {
  for (const action of Object.keys(ALLOWED) as BookingAction[]) {
    for (const status of BOOKING_STATUSES) {
      const allowed = ALLOWED[action].includes(status);
      it(`${allowed ? 'allows' : 'refuses'} ${action} from ${status}`, () => {
        expect(canTransition(status, action)).toBe(allowed);
      });
    }
  }

  it('gives the place back only when she cancels, staff decline, or the centre closes the day', () => {
    const releasing = (Object.keys(TRANSITIONS) as BookingAction[]).filter((action) => TRANSITIONS[action].releases);
    expect(releasing.sort()).toEqual(['cancel', 'close-day', 'decline']);
  });

  it('never leaves a final status', () => {
    for (const final of ['declined', 'cancelled', 'completed', 'no_show'] as const) {
      expect((Object.keys(TRANSITIONS) as BookingAction[]).filter((action) => canTransition(final, action))).toEqual(
        [],
      );
    }
  });

  it('sends a rescheduled booking back to pending for staff to confirm again', () => {
    expect(TRANSITIONS.reschedule.to).toBe('pending');
  });
});

describe('firstFreeSeat', () => {
  it.each([
    [[], 3, 1],
    [[1], 3, 2],
    [[2, 1], 3, 3],
    [[1, 3], 3, 2],
    [[1, 2, 3], 3, undefined],
    [[], 0, undefined],
    [[4, 5], 2, 1],
  ])('with seats %j taken of %i gives %s', (taken, capacity, expected) => {
    expect(firstFreeSeat(taken, capacity)).toBe(expected);
  });
});

describe('freeSeats', () => {
  const capacity = { services: { legal: 2, counselling: 1, mediation: 0 }, rooms: 2 };
  const held = (service: string | null, seat: number | string | null, roomSeat: number | string | null) => ({
    service,
    seat,
    roomSeat,
  });

  it.each([
    ['nothing held', [], 'legal', { seat: 1, roomSeat: 1 }],
    ['a legal place held', [held('legal', 1, 1)], 'legal', { seat: 2, roomSeat: 2 }],
    [
      'a counselling place held, seat numbers as text',
      [held('counselling', '1', '1')],
      'legal',
      { seat: 1, roomSeat: 2 },
    ],
    ['both legal seats held', [held('legal', 1, 1), held('legal', 2, 2)], 'legal', undefined],
    ['both rooms held by other services', [held('counselling', 1, 1), held('mediation', 1, 2)], 'legal', undefined],
    ['a released place (no seat, no room)', [held('legal', null, null)], 'counselling', { seat: 1, roomSeat: 1 }],
    ['a service with no one on duty', [], 'mediation', undefined],
  ] as const)('with %s', (_what, taken, service, expected) => {
    expect(freeSeats(taken, service, capacity)).toEqual(expected);
  });
});
