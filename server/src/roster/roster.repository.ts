import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { StaffLeave } from '../staff/staff-leave.entity.js';
import type { Profession } from '../staff/staff-member.entity.js';
import { DutyAssignment } from './duty-assignment.entity.js';

export interface OnDuty {
  date: string;
  staffMemberId: string;
  professions: Profession[];
}

@Injectable()
export class RosterRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** People really on duty at a centre between two dates: assigned, active, and not on leave that day. */
  async findOnDuty(centreCode: string, from: string, to: string): Promise<OnDuty[]> {
    const qb = this.dataSource
      .getRepository(DutyAssignment)
      .createQueryBuilder('duty')
      .innerJoin('duty.staffMember', 'person')
      .leftJoin(StaffLeave, 'leave', 'leave.staffMemberId = duty.staffMemberId AND duty.date BETWEEN leave.fromDate AND leave.toDate')
      .select(['duty.date AS date', 'duty.staffMemberId AS staffMemberId', 'person.professions AS professions'])
      .where('duty.centreCode = :centreCode', { centreCode })
      .andWhere('duty.date BETWEEN :from AND :to', { from, to })
      .andWhere('person.active = :active', { active: true })
      .andWhere('leave.id IS NULL');
    const rows = await qb.getRawMany<{ date: string; staffMemberId: string; professions: string }>();
    return rows.map((row) => ({ date: row.date, staffMemberId: row.staffMemberId, professions: JSON.parse(row.professions) as Profession[] }));
  }

  async insertMissingAssignments(assignments: DutyAssignment[]): Promise<void> {
    if (assignments.length > 0) {
      await this.dataSource.createQueryBuilder().insert().into(DutyAssignment).values(assignments).orIgnore().execute();
    }
  }
}
