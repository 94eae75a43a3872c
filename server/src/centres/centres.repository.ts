import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { Centre } from './centre.entity.js';

@Injectable()
export class CentresRepository {
  constructor(@InjectRepository(Centre) private readonly centres: Repository<Centre>) {}

  findAll(): Promise<Centre[]> {
    return this.centres.find({ order: { sortOrder: 'ASC' } });
  }

  findByCode(code: string): Promise<Centre | null> {
    return this.centres.findOneBy({ code });
  }

  async update(code: string, changes: Partial<Centre>): Promise<void> {
    await this.centres.update({ code }, changes);
  }
}
