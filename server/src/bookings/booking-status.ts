import type { BookingStatus } from '@wac/rules';

export const STAFF_ACTIONS = ['confirm', 'decline', 'arrive', 'complete', 'no-show'] as const;
export type StaffAction = (typeof STAFF_ACTIONS)[number];
export type BookingAction = StaffAction | 'cancel' | 'reschedule' | 'accept-offer' | 'close-day';

interface Transition {
  from: readonly BookingStatus[];
  to: BookingStatus;
  /** Whether the place is given back (the seat columns cleared). */
  releases: boolean;
}

export const TRANSITIONS: Record<BookingAction, Transition> = {
  confirm: { from: ['pending'], to: 'confirmed', releases: false },
  decline: { from: ['pending', 'confirmed'], to: 'declined', releases: true },
  arrive: { from: ['pending', 'confirmed'], to: 'arrived', releases: false },
  complete: { from: ['arrived'], to: 'completed', releases: false },
  'no-show': { from: ['pending', 'confirmed'], to: 'no_show', releases: false },
  cancel: { from: ['pending', 'confirmed', 'day_closed'], to: 'cancelled', releases: true },
  reschedule: { from: ['pending', 'confirmed', 'day_closed'], to: 'pending', releases: false },
  'accept-offer': { from: ['offered'], to: 'pending', releases: false },
  // The centre stopped serving that day after she booked (a holiday announced, a closure): she is asked to move it.
  'close-day': { from: ['pending', 'confirmed'], to: 'day_closed', releases: true },
};

/** Statuses in which a booking still counts against her limit (if it is still to come): one to move counts too. */
export const UPCOMING_STATUSES: readonly BookingStatus[] = ['pending', 'confirmed', 'day_closed'];

export function canTransition(status: BookingStatus, action: BookingAction): boolean {
  return TRANSITIONS[action].from.includes(status);
}

export const DECLINE_REASONS = [
  'fully_booked',
  'staff_unavailable',
  'centre_closed',
  'other_service_better',
  'other',
] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];
