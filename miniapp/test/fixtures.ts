// Server answers shaped by the shared API contract, for page tests.
import type {
  AvailabilityDayDto,
  AvailableSlotDto,
  BookableService,
  BookingDto,
  CallbackDto,
  CentreDetailDto,
  CentreSummaryDto,
  WaitlistEntryDto,
} from '@wac/shared-types';

export function centreSummary(overrides: Partial<CentreSummaryDto> & Pick<CentreSummaryDto, 'code'>): CentreSummaryDto {
  return {
    name: `${overrides.code} 服务中心`,
    area: `${overrides.code} 区`,
    address: '泉州市某路 1 号',
    latitude: 24.9,
    longitude: 118.6,
    approximate: false,
    phone: '0595-22180000',
    status: 'open',
    ...overrides,
  };
}

export function centreDetail(overrides: Partial<CentreDetailDto> = {}): CentreDetailDto {
  return {
    code: 'huian',
    name: '惠安县妇女援助中心',
    area: '惠安县',
    address: '惠安县螺城镇某路 8 号',
    latitude: 25.03,
    longitude: 118.8,
    approximate: false,
    phone: '0595-87380000',
    status: 'open',
    services: ['hotline', 'legal', 'counselling'],
    openingHours: '周一至周五 8:00–12:00',
    workRules: ['来访来电登记'],
    serviceScope: ['法律咨询'],
    dutyPeople: [
      {
        id: 'p1',
        displayName: '林律师',
        professions: ['lawyer', 'mediator'],
        bio: '执业十年，擅长婚姻家事。',
        photoUrl: '/api/centres/photos/p1',
      },
    ],
    ...overrides,
  };
}

export function availabilityDay(
  overrides: Partial<AvailabilityDayDto> & Pick<AvailabilityDayDto, 'date'>,
): AvailabilityDayDto {
  return { weekday: 1, open: true, note: null, provisional: false, slots: [], ...overrides };
}

export function slot(start: string, remaining: number, service: BookableService = 'legal'): AvailableSlotDto {
  const [hours] = start.split(':').map(Number);
  return { slotId: `s-${service}-${start}`, start, end: `${String(hours).padStart(2, '0')}:50`, service, remaining };
}

export function booking(overrides: Partial<BookingDto> = {}): BookingDto {
  return {
    id: 'b1',
    centreCode: 'huian',
    centreName: '惠安县妇女援助中心',
    date: '2026-12-01',
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
  };
}

export function callback(overrides: Partial<CallbackDto> = {}): CallbackDto {
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
    ...overrides,
  };
}

export function waitlistEntry(overrides: Partial<WaitlistEntryDto> = {}): WaitlistEntryDto {
  return {
    id: 'w1',
    centreCode: 'huian',
    centreName: '惠安县妇女援助中心',
    date: '2026-12-02',
    service: 'legal',
    status: 'waiting',
    position: 1,
    offer: null,
    createdAt: '2026-11-29T01:00:00.000Z',
    ...overrides,
  };
}
