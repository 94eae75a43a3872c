import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PROFESSIONS, type Profession } from '@wac/rules';
import type { StaffMember } from '../../staff/staff-member.entity.js';
import {
  CENTRE_SERVICES,
  CENTRE_STATUSES,
  type Centre,
  type CentreService,
  type CentreStatus,
} from '../centre.entity.js';

export class CentreSummaryDto {
  @ApiProperty({ example: 'jinjiang' })
  code: string;

  @ApiProperty({ example: '晋江市' })
  name: string;

  @ApiProperty({ example: '晋江市' })
  area: string;

  @ApiProperty()
  address: string;

  @ApiProperty({ description: 'GCJ-02 latitude' })
  latitude: number;

  @ApiProperty({ description: 'GCJ-02 longitude' })
  longitude: number;

  @ApiProperty({ description: 'True when the position is the area seat, not the centre itself' })
  approximate: boolean;

  @ApiProperty()
  phone: string;

  @ApiProperty({ enum: CENTRE_STATUSES, enumName: 'CentreStatus' })
  status: CentreStatus;

  @ApiPropertyOptional({ description: 'Metres from the given position; only when lat/lng were given' })
  distanceMeters?: number;
}

export class CentreListDto {
  @ApiProperty({ type: [CentreSummaryDto] })
  items: CentreSummaryDto[];

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description:
      'Only with lat/lng: nearest centres come in pages; pass this as `after` (with the same lat/lng) for the next ' +
      'page. Null on the last page. Without a position the whole list comes at once and this is absent.',
  })
  next?: string | null;
}

export class DutyPersonDto {
  @ApiProperty()
  id: string;

  @ApiProperty()
  displayName: string;

  @ApiProperty({ enum: PROFESSIONS, enumName: 'Profession', isArray: true })
  professions: Profession[];

  @ApiProperty()
  bio: string;

  @ApiProperty({ type: String, nullable: true, description: 'Server path of the photo, e.g. /api/photos/<id>' })
  photoUrl: string | null;
}

export class CentreDetailDto {
  @ApiProperty()
  code: string;

  @ApiProperty()
  name: string;

  @ApiProperty()
  area: string;

  @ApiProperty()
  address: string;

  @ApiProperty()
  latitude: number;

  @ApiProperty()
  longitude: number;

  @ApiProperty()
  approximate: boolean;

  @ApiProperty()
  phone: string;

  @ApiProperty({ enum: CENTRE_STATUSES, enumName: 'CentreStatus' })
  status: CentreStatus;

  @ApiProperty({ enum: CENTRE_SERVICES, enumName: 'CentreServiceCode', isArray: true })
  services: CentreService[];

  @ApiProperty({ example: '周一至周五 08:00–12:00（法定节假日除外）' })
  openingHours: string;

  @ApiProperty({ type: [String] })
  workRules: string[];

  @ApiProperty({ type: [String] })
  serviceScope: string[];

  @ApiProperty({ type: [DutyPersonDto] })
  dutyPeople: DutyPersonDto[];
}

export function toCentreSummary(centre: Centre, distanceMeters?: number): CentreSummaryDto {
  const summary: CentreSummaryDto = {
    code: centre.code,
    name: centre.name,
    area: centre.area,
    address: centre.address,
    latitude: centre.latitude,
    longitude: centre.longitude,
    approximate: centre.approximate,
    phone: centre.phone,
    status: centre.status,
  };
  return distanceMeters === undefined ? summary : { ...summary, distanceMeters };
}

export function toCentreDetail(centre: Centre, wall: StaffMember[]): CentreDetailDto {
  return {
    ...toCentreSummary(centre),
    services: centre.services,
    openingHours: centre.openingHours,
    workRules: centre.workRules,
    serviceScope: centre.serviceScope,
    dutyPeople: wall.map((person) => ({
      id: person.id,
      displayName: person.displayName,
      professions: person.professions,
      bio: person.bio,
      photoUrl: person.photoId ? `/api/photos/${person.photoId}` : null,
    })),
  };
}
