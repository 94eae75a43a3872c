import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { StaffMember } from './staff-member.entity.js';

@Injectable()
export class StaffRepository {
  constructor(@InjectRepository(StaffMember) private readonly staff: Repository<StaffMember>) {}

  /** Active people a centre shows on its wall, in the wall's order. */
  findWallPeople(centreCode: string): Promise<StaffMember[]> {
    return this.staff.find({ where: { centreCode, active: true, showOnWall: true }, order: { wallOrder: 'ASC', displayName: 'ASC' } });
  }
}
