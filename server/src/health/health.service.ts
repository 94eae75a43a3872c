import { Injectable } from '@nestjs/common';
import { DatabaseNodeState } from '../database/node-state.js';
import type { HealthDto } from './health.dto.js';
import { HealthRepository } from './health.repository.js';

@Injectable()
export class HealthService {
  constructor(
    private readonly database: HealthRepository,
    private readonly nodeState: DatabaseNodeState,
  ) {}

  async check(): Promise<HealthDto> {
    try {
      await this.database.ping();
    } catch {
      return { status: 'degraded', database: 'down' };
    }
    // A Galera node that answers but is not Synced refuses bookings: not ready until it is.
    const node = await this.nodeState.check();
    return node.ready ? { status: 'ok', database: 'up' } : { status: 'degraded', database: 'down' };
  }
}
