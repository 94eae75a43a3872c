import { Injectable } from '@nestjs/common';
import type { HealthDto } from './health.dto.js';
import { HealthRepository } from './health.repository.js';

@Injectable()
export class HealthService {
  constructor(private readonly database: HealthRepository) {}

  async check(): Promise<HealthDto> {
    try {
      await this.database.ping();
      return { status: 'ok', database: 'up' };
    } catch {
      return { status: 'degraded', database: 'down' };
    }
  }
}
