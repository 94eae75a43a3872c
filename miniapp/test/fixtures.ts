// Server answers shaped by the shared API contract, for page tests.
import type { CentreDetailDto, CentreSummaryDto } from '@wac/shared-types'

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
  }
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
  }
}
