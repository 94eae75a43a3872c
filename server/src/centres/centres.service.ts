import { Injectable } from '@nestjs/common';
import { StaffRepository } from '../staff/staff.repository.js';
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

  async get(code: string): Promise<CentreDetailDto> {
    const centre = await this.centres.findByCode(code);
    if (!centre) {
      throw centreNotFound(code);
    }
    return toCentreDetail(centre, await this.staff.findWallPeople(code));
  }
}
