import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { StaffLeave } from './staff-leave.entity.js';
import { StaffMember } from './staff-member.entity.js';

@Injectable()
export class StaffRepository {
  constructor(
    @InjectRepository(StaffMember) private readonly staff: Repository<StaffMember>,
    @InjectRepository(StaffLeave) private readonly leave: Repository<StaffLeave>,
  ) {}

  findMany(centreCode?: string): Promise<StaffMember[]> {
    return this.staff.find({
      where: centreCode ? { centreCode } : {},
      order: { centreCode: 'ASC', wallOrder: 'ASC', displayName: 'ASC' },
    });
  }

  findOne(id: string, centreCode?: string): Promise<StaffMember | null> {
    return this.staff.findOneBy({ id, ...(centreCode ? { centreCode } : {}) });
  }

  findByIds(ids: string[]): Promise<StaffMember[]> {
    return ids.length ? this.staff.findBy({ id: In(ids) }) : Promise.resolve([]);
  }

  async insert(member: Omit<StaffMember, 'createdAt' | 'centre' | 'photo'>): Promise<void> {
    await this.staff.insert(member);
  }

  async update(id: string, changes: Partial<Omit<StaffMember, 'centre' | 'photo'>>): Promise<void> {
    await this.staff.update({ id }, changes);
  }

  findLeave(staffMemberIds: string[]): Promise<StaffLeave[]> {
    return staffMemberIds.length
      ? this.leave.find({ where: { staffMemberId: In(staffMemberIds) }, order: { fromDate: 'ASC' } })
      : Promise.resolve([]);
  }

  async insertLeave(leave: StaffLeave): Promise<void> {
    await this.leave.insert(leave);
  }

  async deleteLeave(id: string, staffMemberId: string): Promise<boolean> {
    return ((await this.leave.delete({ id, staffMemberId })).affected ?? 0) === 1;
  }

  /** Active people a centre shows on its wall, in the wall's order. */
  findWallPeople(centreCode: string): Promise<StaffMember[]> {
    return this.staff.find({
      where: { centreCode, active: true, showOnWall: true },
      order: { wallOrder: 'ASC', displayName: 'ASC' },
    });
  }
}
