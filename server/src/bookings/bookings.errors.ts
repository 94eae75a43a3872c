import type { SlotProblem } from '../availability/availability.js';
import { DomainError } from '../common/errors/domain-error.js';
import type { ErrorCode } from '../common/errors/error-codes.js';
import { type BookingStatus } from '@wac/rules';

export const slotFull = () => new DomainError('SLOT_FULL', 'This time has just been taken; please choose another time');
export const limitReached = (limit: number) =>
  new DomainError('LIMIT_REACHED', `You already have ${limit} upcoming bookings; cancel one to book another`);
export const alreadyBookedAtThisTime = () =>
  new DomainError('ALREADY_BOOKED_AT_THIS_TIME', 'You already have a booking at this time');
export const bookingNotFound = () => new DomainError('BOOKING_NOT_FOUND', 'No such booking');
export const statusConflict = (status: BookingStatus) =>
  new DomainError('BOOKING_STATUS_CONFLICT', `The booking is now "${status}"; someone may have acted on it already`);
export const idempotencyKeyReused = () =>
  new DomainError('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was already used for a different booking request');
export const tooLateToChange = () => new DomainError('TOO_LATE_TO_CHANGE', 'The consultation has already started');
export const notYetStarted = () =>
  new DomainError('NOT_YET_STARTED', 'A no-show can only be recorded once the consultation time has started');

const PROBLEM_CODES: Record<SlotProblem, { code: ErrorCode; message: string }> = {
  weekend: { code: 'DAY_CLOSED', message: 'The centre is closed at weekends' },
  holiday: { code: 'DAY_CLOSED', message: 'The centre is closed on this public holiday' },
  closure: { code: 'DAY_CLOSED', message: 'The centre is closed on this day' },
  centre_not_open: { code: 'CENTRE_NOT_BOOKABLE', message: 'This centre is not open for bookings yet' },
  past: { code: 'SLOT_IN_PAST', message: 'This time has passed' },
  too_soon: { code: 'TOO_SOON', message: 'This time starts too soon to book; call the centre or walk in' },
  beyond_window: { code: 'TOO_FAR_AHEAD', message: 'This day is too far ahead to book yet' },
  not_a_slot_time: { code: 'OUTSIDE_HOURS', message: 'This is not a consultation time of the centre' },
  no_one_on_duty: { code: 'SERVICE_NOT_OFFERED', message: 'Nobody is on duty for this consultation on this day' },
  service_not_offered: { code: 'SERVICE_NOT_OFFERED', message: 'Nobody is on duty for this consultation on this day' },
};

export const slotNotBookable = (problem: SlotProblem) =>
  new DomainError(PROBLEM_CODES[problem].code, PROBLEM_CODES[problem].message);
