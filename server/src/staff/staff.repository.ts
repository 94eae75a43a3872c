import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type EntityManager, type Repository } from 'typeorm';
import { CACHE_NAMES } from '../cache/cache-names.js';
import { CacheVersionsRepository } from '../cache/cache-versions.repository.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { StaffLeave } from './staff-leave.entity.js';
import { StaffMember } from './staff-member.entity.js';

@Injectable()
export class StaffRepository {
  constructor(
    @InjectRepository(StaffMember) private readonly staff: Repository<StaffMember>,
    @InjectRepository(StaffLeave) private readonly leave: Repository<StaffLeave>,
    private readonly transactions: TransactionRunner,
    private readonly cacheVersions: CacheVersionsRepository,
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
    await this.transactions.run(async (manager) => {
      await manager.getRepository(StaffMember).insert(member);
      await this.cacheVersions.bump(manager, [CACHE_NAMES.centre(member.centreCode)]);
    });
  }

  async update(
    id: string,
    changes: Partial<Omit<StaffMember, 'id' | 'centreCode' | 'centre' | 'photo'>>,
  ): Promise<void> {
    await this.transactions.run(async (manager) => {
      await manager.getRepository(StaffMember).update({ id }, changes);
      await this.bumpCentreOf(manager, id);
    });
  }

  findLeave(staffMemberIds: string[]): Promise<StaffLeave[]> {
    return staffMemberIds.length
      ? this.leave.find({ where: { staffMemberId: In(staffMemberIds) }, order: { fromDate: 'ASC' } })
      : Promise.resolve([]);
  }

  async insertLeave(leave: StaffLeave): Promise<void> {
    await this.transactions.run(async (manager) => {
      await manager.getRepository(StaffLeave).insert(leave);
      await this.bumpCentreOf(manager, leave.staffMemberId);
    });
  }

  async deleteLeave(id: string, staffMemberId: string): Promise<boolean> {
    return this.transactions.run(async (manager) => {
      const deleted = ((await manager.getRepository(StaffLeave).delete({ id, staffMemberId })).affected ?? 0) === 1;
      await this.bumpCentreOf(manager, staffMemberId);
      return deleted;
    });
  }

  /** Who is on duty, and with which professions, feeds the availability cache of the person's centre. */
  private async bumpCentreOf(manager: EntityManager, staffMemberId: string): Promise<void> {
    const member = await manager.getRepository(StaffMember).findOne({
      where: { id: staffMemberId },
      select: { id: true, centreCode: true },
    });
    if (member) {
      await this.cacheVersions.bump(manager, [CACHE_NAMES.centre(member.centreCode)]);
    }
  }

  /** Active people a centre shows on its wall, in the wall's order. */
  findWallPeople(centreCode: string): Promise<StaffMember[]> {
    return this.staff.find({
      where: { centreCode, active: true, showOnWall: true },
      order: { wallOrder: 'ASC', displayName: 'ASC' },
    });
  }
}
