import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditEntry } from './audit-entry.entity.js';

@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async append(entry: Omit<AuditEntry, 'id' | 'at'>, manager?: EntityManager): Promise<void> {
    await (manager ?? this.dataSource.manager)
      .createQueryBuilder()
      .insert()
      .into(AuditEntry)
      .values({ id: randomUUID(), ...entry })
      .execute();
  }

  findForTarget(targetType: string, targetId: string): Promise<AuditEntry[]> {
    return this.dataSource.getRepository(AuditEntry).find({ where: { targetType, targetId }, order: { at: 'ASC' } });
  }
}
