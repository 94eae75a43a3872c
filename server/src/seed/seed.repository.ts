import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { TransactionRunner } from '../database/transaction-runner.js';
import { Between, In, IsNull, Not, type DataSource } from 'typeorm';
import { CACHE_NAMES } from '../cache/cache-names.js';
import { CacheVersionsRepository } from '../cache/cache-versions.repository.js';
import { Centre } from '../centres/centre.entity.js';
import { Account, type NewAccount } from '../identity/account.entity.js';
import { DutyAssignment } from '../roster/duty-assignment.entity.js';
import { Photo } from '../photos/photo.entity.js';
import { StaffMember } from '../staff/staff-member.entity.js';
import { SeedMarker } from './seed-marker.entity.js';

/** Inserts that never overwrite: seeding again (or from two processes at once) keeps what admins changed. */
@Injectable()
export class SeedRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly cacheVersions: CacheVersionsRepository,
  ) {}

  async insertMissingCentres(centres: Omit<Centre, 'createdAt' | 'updatedAt'>[]): Promise<void> {
    await this.transactions.run(async (manager) => {
      await manager.createQueryBuilder().insert().into(Centre).values(centres).orIgnore().execute();
      await this.cacheVersions.bump(manager, [CACHE_NAMES.centres, ...centres.map((c) => CACHE_NAMES.centre(c.code))]);
    });
  }

  countStaff(centreCode: string): Promise<number> {
    return this.dataSource.getRepository(StaffMember).countBy({ centreCode });
  }

  findAccountUsernames(): Promise<Set<string>> {
    return this.dataSource
      .getRepository(Account)
      .find({ select: { username: true } })
      .then((accounts) => new Set(accounts.map((a) => a.username)));
  }

  async insertAccounts(accounts: NewAccount[]): Promise<void> {
    if (accounts.length > 0) {
      await this.dataSource.createQueryBuilder().insert().into(Account).values(accounts).orIgnore().execute();
    }
  }

  /** Logins of a centre not yet tied to a person (so missing from the console's staff list). */
  async findUnlinkedCentreAccounts(usernames: string[]): Promise<{ id: string; centreCode: string }[]> {
    const accounts = await this.dataSource.getRepository(Account).find({
      select: { id: true, centreCode: true },
      where: { username: In(usernames), staffMemberId: IsNull(), centreCode: Not(IsNull()) },
    });
    return accounts.flatMap(({ id, centreCode }) => (centreCode ? [{ id, centreCode }] : []));
  }

  /** A person for a login, so admins manage it in the staff list like anyone else's. */
  async linkAccountToNewPerson(
    accountId: string,
    person: Omit<StaffMember, 'createdAt' | 'centre' | 'photo'>,
  ): Promise<void> {
    await this.transactions.run(async (manager) => {
      await manager.createQueryBuilder().insert().into(StaffMember).values(person).execute();
      await manager
        .createQueryBuilder()
        .update(Account)
        .set({ staffMemberId: person.id })
        .where('id = :id AND staffMemberId IS NULL', { id: accountId })
        .execute();
      await this.cacheVersions.bump(manager, [CACHE_NAMES.centre(person.centreCode)]);
    });
  }

  async marker(name: string): Promise<string | null> {
    const row = await this.dataSource.getRepository(SeedMarker).findOneBy({ name });
    return row?.value ?? null;
  }

  async setMarker(name: string, value: string): Promise<void> {
    await this.dataSource.createQueryBuilder().insert().into(SeedMarker).values({ name, value }).orIgnore().execute();
    await this.dataSource.getRepository(SeedMarker).update({ name }, { value });
  }

  /** Centre × day pairs with anyone on duty, as `centre|date`. */
  async findStaffedDays(from: string, to: string): Promise<Set<string>> {
    const rows = await this.dataSource
      .getRepository(DutyAssignment)
      .find({ select: { centreCode: true, date: true }, where: { date: Between(from, to) } });
    return new Set(rows.map((row) => `${row.centreCode}|${row.date}`));
  }

  findWallPeople(): Promise<StaffMember[]> {
    return this.dataSource.getRepository(StaffMember).find({ where: { active: true, showOnWall: true } });
  }

  async insertMissingDuty(assignments: DutyAssignment[]): Promise<void> {
    for (let i = 0; i < assignments.length; i += 500) {
      const chunk = assignments.slice(i, i + 500);
      await this.transactions.run(async (manager) => {
        await manager.createQueryBuilder().insert().into(DutyAssignment).values(chunk).orIgnore().execute();
        await this.cacheVersions.bump(
          manager,
          chunk.map((a) => CACHE_NAMES.centre(a.centreCode)),
        );
      });
    }
  }

  async insertWallPeople(
    people: { photo: Omit<Photo, 'createdAt'>; member: Omit<StaffMember, 'createdAt' | 'centre' | 'photo'> }[],
  ): Promise<void> {
    await this.transactions.run(async (manager) => {
      await manager
        .createQueryBuilder()
        .insert()
        .into(Photo)
        .values(people.map((p) => p.photo))
        .execute();
      await manager
        .createQueryBuilder()
        .insert()
        .into(StaffMember)
        .values(people.map((p) => p.member))
        .execute();
      await this.cacheVersions.bump(
        manager,
        people.map((p) => CACHE_NAMES.centre(p.member.centreCode)),
      );
    });
  }
}
