import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { TransactionRunner } from '../database/transaction-runner.js';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { CACHE_NAMES } from '../cache/cache-names.js';
import { CacheVersionsRepository } from '../cache/cache-versions.repository.js';
import { StaffLeave } from '../staff/staff-leave.entity.js';
import type { Profession } from '@wac/rules';
import { DutyAssignment } from './duty-assignment.entity.js';

export interface OnDuty {
  date: string;
  staffMemberId: string;
  professions: Profession[];
}

@Injectable()
export class RosterRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly cacheVersions: CacheVersionsRepository,
  ) {}

  /** People really on duty at a centre between two dates: assigned, active, and not on leave that day. */
  async findOnDuty(centreCode: string, from: string, to: string): Promise<OnDuty[]> {
    const qb = this.dataSource
      .getRepository(DutyAssignment)
      .createQueryBuilder('duty')
      .innerJoin('duty.staffMember', 'person')
      .leftJoin(
        StaffLeave,
        'leave',
        'leave.staffMemberId = duty.staffMemberId AND duty.date BETWEEN leave.fromDate AND leave.toDate',
      )
      .select(['duty.date AS date', 'duty.staffMemberId AS staffMemberId', 'person.professions AS professions'])
      .where('duty.centreCode = :centreCode', { centreCode })
      .andWhere('duty.date BETWEEN :from AND :to', { from, to })
      .andWhere('person.active = :active', { active: true })
      .andWhere('leave.id IS NULL');
    const rows = await qb.getRawMany<{ date: string; staffMemberId: string; professions: string }>();
    return rows.map((row) => ({
      date: row.date,
      staffMemberId: row.staffMemberId,
      professions: JSON.parse(row.professions) as Profession[],
    }));
  }

  /** Everyone assigned at a centre between two dates, with whether they are on leave that day. */
  async findAssigned(
    centreCode: string,
    from: string,
    to: string,
  ): Promise<(OnDuty & { displayName: string; onLeave: boolean })[]> {
    const rows = await this.dataSource
      .getRepository(DutyAssignment)
      .createQueryBuilder('duty')
      .innerJoin('duty.staffMember', 'person')
      .leftJoin(
        StaffLeave,
        'leave',
        'leave.staffMemberId = duty.staffMemberId AND duty.date BETWEEN leave.fromDate AND leave.toDate',
      )
      .select([
        'duty.date AS date',
        'duty.staffMemberId AS staffMemberId',
        'person.displayName AS displayName',
        'person.professions AS professions',
        'leave.id AS leaveId',
      ])
      .where('duty.centreCode = :centreCode AND duty.date BETWEEN :from AND :to', { centreCode, from, to })
      .orderBy('person.wallOrder', 'ASC')
      .getRawMany<{
        date: string;
        staffMemberId: string;
        displayName: string;
        professions: string;
        leaveId: string | null;
      }>();
    return rows.map((row) => ({
      ...row,
      professions: JSON.parse(row.professions) as Profession[],
      onLeave: row.leaveId !== null,
    }));
  }

  /** Replaces who is on duty at a centre on the given dates, in one transaction. */
  async replaceDays(centreCode: string, days: { date: string; staffMemberIds: string[] }[]): Promise<number> {
    return this.transactions.run(async (manager) => {
      let written = 0;
      for (const day of days) {
        await manager.getRepository(DutyAssignment).delete({ centreCode, date: day.date });
        const rows = day.staffMemberIds.map((staffMemberId) => ({
          id: randomUUID(),
          centreCode,
          date: day.date,
          staffMemberId,
        }));
        if (rows.length > 0) {
          await manager.createQueryBuilder().insert().into(DutyAssignment).values(rows).updateEntity(false).execute();
        }
        written += rows.length;
      }
      await this.cacheVersions.bump(manager, [CACHE_NAMES.centre(centreCode)]);
      return written;
    });
  }

  async insertMissingAssignments(assignments: DutyAssignment[]): Promise<void> {
    if (assignments.length > 0) {
      await this.transactions.run(async (manager) => {
        await manager.createQueryBuilder().insert().into(DutyAssignment).values(assignments).orIgnore().execute();
        await this.cacheVersions.bump(
          manager,
          assignments.map((a) => CACHE_NAMES.centre(a.centreCode)),
        );
      });
    }
  }
}
