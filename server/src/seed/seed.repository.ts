import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Centre } from '../centres/centre.entity.js';
import { Photo } from '../photos/photo.entity.js';
import { StaffMember } from '../staff/staff-member.entity.js';

/** Inserts that never overwrite: seeding again (or from two processes at once) keeps what admins changed. */
@Injectable()
export class SeedRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insertMissingCentres(centres: Omit<Centre, 'createdAt' | 'updatedAt'>[]): Promise<void> {
    await this.dataSource.createQueryBuilder().insert().into(Centre).values(centres).orIgnore().execute();
  }

  countStaff(centreCode: string): Promise<number> {
    return this.dataSource.getRepository(StaffMember).countBy({ centreCode });
  }

  async insertWallPeople(people: { photo: Omit<Photo, 'createdAt'>; member: Omit<StaffMember, 'createdAt' | 'centre' | 'photo'> }[]): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.createQueryBuilder().insert().into(Photo).values(people.map((p) => p.photo)).execute();
      await manager.createQueryBuilder().insert().into(StaffMember).values(people.map((p) => p.member)).execute();
    });
  }
}
