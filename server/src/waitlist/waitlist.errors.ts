import { DomainError } from '../common/errors/domain-error.js';
import type { WaitlistStatus } from './waitlist-entry.entity.js';

export const placesAvailable = () =>
  new DomainError('PLACES_AVAILABLE', 'This day still has places: book one directly');
export const alreadyWaiting = () =>
  new DomainError('ALREADY_WAITING', 'You are already waiting for a place on this day');
export const waitlistEntryNotFound = () => new DomainError('WAITLIST_ENTRY_NOT_FOUND', 'No such waiting-list entry');
export const waitlistStatusConflict = (status: WaitlistStatus) =>
  new DomainError('WAITLIST_STATUS_CONFLICT', `The waiting-list entry is now "${status}"`);
export const offerExpired = () =>
  new DomainError('OFFER_EXPIRED', 'The place held for you has been passed on; you can join the waiting list again');
export const tooManyWaiting = (limit: number) =>
  new DomainError('LIMIT_REACHED', `You are already waiting on ${limit} days; leave one to wait for another`);
