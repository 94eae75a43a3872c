// Staff-side server answers for the staff pages' tests (shaped by the shared contract).
import type { BookingDto, RecordDto, StaffCallbackDto } from '@wac/shared-types'
import { storage } from '../../../../test/taro-mock'

/** A logged-in staff member of 惠安县, as staffLogin would have stored it. */
export function logInAsStaff(overrides: { role?: string; centreCode?: string } = {}): void {
  storage.set('wac.staff.session', {
    token: 'staff-token',
    role: overrides.role ?? 'staff',
    expiresAt: '2099-01-01T00:00:00.000Z',
    centreCode: overrides.centreCode ?? 'huian',
  })
}

export function staffBooking(overrides: Partial<BookingDto> = {}): BookingDto {
  return {
    id: 'b1',
    centreCode: 'huian',
    centreName: '惠安县妇女援助中心',
    date: '2099-12-01',
    start: '09:00',
    end: '09:50',
    startsAt: '2099-12-01T01:00:00.000Z',
    service: 'legal',
    status: 'pending',
    topic: null,
    contactPreference: 'in_app',
    needs: [],
    declineReason: null,
    recorded: false,
    createdAt: '2026-11-29T01:00:00.000Z',
    ...overrides,
  }
}

export function staffCallback(overrides: Partial<StaffCallbackDto> = {}): StaffCallbackDto {
  return {
    id: 'c1',
    centreCode: 'huian',
    centreName: '惠安县妇女援助中心',
    phoneMasked: '138****5678',
    windows: [{ weekday: 2, from: '14:00', to: '16:00' }],
    mayIdentify: false,
    mayLeaveMessage: false,
    topic: null,
    status: 'open',
    outcome: null,
    createdAt: '2026-11-29T01:00:00.000Z',
    phone: null,
    claimedByMe: false,
    claimed: false,
    nextSafeAt: '2099-12-01T06:00:00.000Z',
    attempts: [],
    recorded: false,
    ...overrides,
  }
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
  }
}
