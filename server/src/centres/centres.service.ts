import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import { assertManagesCentre } from '../common/admin-scope.js';
import type { StaffPrincipal } from '../identity/principal.js';
import { StaffRepository } from '../staff/staff.repository.js';
import type { UpdateCentreDto } from './dto/update-centre.dto.js';
import { centreNotFound } from './centres.errors.js';
import { CentresRepository } from './centres.repository.js';
import { toCentreDetail, toCentreSummary, type CentreDetailDto, type CentreListDto } from './dto/centre.dto.js';
import type { CentreListQueryDto } from './dto/centre-query.dto.js';
import { sortByDistance } from './geo.js';

@Injectable()
export class CentresService {
  constructor(
    private readonly centres: CentresRepository,
    private readonly staff: StaffRepository,
    private readonly audit: AuditService,
  ) {}

  /** All centres, preparing ones included (listed, not bookable); nearest first when a position is given. */
  async list(query: CentreListQueryDto): Promise<CentreListDto> {
    const centres = await this.centres.findAll();
    if (query.lat === undefined || query.lng === undefined) {
      return { items: centres.map((centre) => toCentreSummary(centre)) };
    }
    const sorted = sortByDistance(centres, { latitude: query.lat, longitude: query.lng });
    return { items: sorted.map((centre) => toCentreSummary(centre, centre.distanceMeters)) };
  }

  /** An admin's edit of a centre's details and wall; audited. */
  async update(admin: StaffPrincipal, code: string, dto: UpdateCentreDto): Promise<CentreDetailDto> {
    assertManagesCentre(admin, code);
    if (!(await this.centres.findByCode(code))) {
      throw centreNotFound(code);
    }
    if (Object.keys(dto).length > 0) {
      await this.centres.update(code, dto);
      await this.audit.record(admin, 'centre.change', { type: 'centre', id: code, centreCode: code });
    }
    return this.get(code);
  }

  async get(code: string): Promise<CentreDetailDto> {
    const centre = await this.centres.findByCode(code);
    if (!centre) {
      throw centreNotFound(code);
    }
    return toCentreDetail(centre, await this.staff.findWallPeople(code));
  }
}
