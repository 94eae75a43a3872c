// Staff-side server answers for the staff pages' tests (shaped by the shared contract). They start
// from the women's fixtures in test/fixtures.ts, so a booking or call-back is described once.
import type { BookingDto, RecordDto, StaffCallbackDto } from '@wac/shared-types';
import { booking, callback } from '../../../../test/fixtures';
import { storage } from '../../../../test/taro-mock';

/** A logged-in staff member of 惠安县, as staffLogin would have stored it. */
export function logInAsStaff(overrides: { role?: string; centreCode?: string } = {}): void {
  storage.set('wac.staff.session', {
    token: 'staff-token',
    role: overrides.role ?? 'staff',
    expiresAt: '2099-01-01T00:00:00.000Z',
    centreCode: overrides.centreCode ?? 'huian',
  });
}

/** Her booking as staff see it, on a day still to come (the staff pages list upcoming days). */
export function staffBooking(overrides: Partial<BookingDto> = {}): BookingDto {
  return booking({ date: '2099-12-01', ...overrides });
}

/** Her call-back request with what only staff see: the claim, the attempts, the next safe time. */
export function staffCallback(overrides: Partial<StaffCallbackDto> = {}): StaffCallbackDto {
  return {
    ...callback(),
    phone: null,
    claimedByMe: false,
    claimed: false,
    nextSafeAt: '2099-12-01T06:00:00.000Z',
    attempts: [],
    recorded: false,
    ...overrides,
  };
}

export function staffRecord(overrides: Partial<RecordDto> = {}): RecordDto {
  return {
    id: 'r1',
    centreCode: 'huian',
    date: '2026-11-29',
    channel: 'walk_in',
    category: 'marriage_family',
    services: ['legal_advice'],
    referrals: ['none'],
    followUpNeeded: false,
    durationMinutes: 30,
    helperProfession: 'lawyer',
    ageBand: '30_39',
    area: 'huian',
    mandatoryReport: false,
    supersedes: null,
    current: true,
    editableUntil: '2099-01-01T00:00:00.000Z',
    createdAt: '2026-11-29T02:00:00.000Z',
    ...overrides,
  };
}

/**
 * Every key a new or changed record may carry to the server: codes, the short note, and what it is
 * for. Anything else would be a leak. Written out here, not taken from the code under test.
 */
export const SENDABLE_RECORD_KEYS: readonly string[] = [
  'date',
  'channel',
  'category',
  'services',
  'referrals',
  'followUpNeeded',
  'durationMinutes',
  'helperProfession',
  'ageBand',
  'area',
  'mandatoryReport',
  'note',
  'centreCode',
  'fromBookingId',
  'fromCallbackId',
];
