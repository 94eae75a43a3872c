import { Inject, Injectable } from '@nestjs/common';
import { DatabaseNodeState } from '../database/node-state.js';
import type { HealthDto, ReadinessDto } from './health.dto.js';
import { HealthRepository } from './health.repository.js';
import { READINESS_CHECKS, runReadinessChecks, type ReadinessCheck } from './readiness.js';

/** A probe must answer well within a load balancer's own timeout (nginx, Cloud Hosting, Docker: a few seconds). */
const CHECK_TIMEOUT_MS = 2000;

@Injectable()
export class HealthService {
  constructor(
    private readonly database: HealthRepository,
    private readonly nodeState: DatabaseNodeState,
    @Inject(READINESS_CHECKS) private readonly readinessChecks: readonly ReadinessCheck[],
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

  async readiness(): Promise<ReadinessDto> {
    const { ready, checks } = await runReadinessChecks(this.readinessChecks, CHECK_TIMEOUT_MS);
    return { status: ready ? 'ready' : 'not_ready', checks };
  }
}
