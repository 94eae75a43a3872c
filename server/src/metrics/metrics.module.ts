import { Module } from '@nestjs/common';
import { MetricsRepository } from './metrics.repository.js';
import { MetricsService } from './metrics.service.js';

/** Imported only when METRICS_TOKEN is set (see app.module.ts): no token, no metrics, no endpoint. */
@Module({ providers: [MetricsRepository, MetricsService], exports: [MetricsService] })
export class MetricsModule {}
