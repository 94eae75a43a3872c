import { Module } from '@nestjs/common';
import { HealthController } from './health.controller.js';
import { HealthRepository } from './health.repository.js';
import { HealthService } from './health.service.js';
import { DatabaseCheck, DatabaseNodeCheck, DrainingCheck, MigrationsCheck } from './readiness-checks.js';
import { READINESS_CHECKS, type ReadinessCheck } from './readiness.js';
import { ShutdownState } from './shutdown-state.js';

/** Readiness runs every check listed here; a new one is one more class in the list. */
const CHECKS = [DrainingCheck, DatabaseCheck, DatabaseNodeCheck, MigrationsCheck];

@Module({
  controllers: [HealthController],
  providers: [
    HealthRepository,
    HealthService,
    ShutdownState,
    ...CHECKS,
    { provide: READINESS_CHECKS, useFactory: (...checks: ReadinessCheck[]) => checks, inject: CHECKS },
  ],
  exports: [ShutdownState],
})
export class HealthModule {}
