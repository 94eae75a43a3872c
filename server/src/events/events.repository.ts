import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Between, type DataSource } from 'typeorm';
import { PublicityEvent } from './publicity-event.entity.js';

@Injectable()
export class EventsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  find(from: string, to: string, centreCode?: string): Promise<PublicityEvent[]> {
    return this.dataSource
      .getRepository(PublicityEvent)
      .find({ where: { date: Between(from, to), ...(centreCode ? { centreCode } : {}) }, order: { date: 'ASC' } });
  }

  findOne(id: string, centreCode?: string): Promise<PublicityEvent | null> {
    return this.dataSource.getRepository(PublicityEvent).findOneBy({ id, ...(centreCode ? { centreCode } : {}) });
  }

  async insert(event: Omit<PublicityEvent, 'createdAt' | 'centre'>): Promise<void> {
    await this.dataSource.getRepository(PublicityEvent).insert(event);
  }

  async update(id: string, changes: Partial<PublicityEvent>): Promise<void> {
    await this.dataSource.getRepository(PublicityEvent).update({ id }, changes);
  }

  async delete(id: string): Promise<void> {
    await this.dataSource.getRepository(PublicityEvent).delete({ id });
  }
}
