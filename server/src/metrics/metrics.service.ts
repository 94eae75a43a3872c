import { Injectable, Logger } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { Clock } from '../common/clock.js';
import { MetricsRepository } from './metrics.repository.js';

/**
 * The Prometheus metrics of this process. Counters and the latency histogram are per process (sum them over the
 * servers in PromQL); the outbox gauges read the shared database, so every process reports the same value (use
 * max()). Nothing personal in any label: routes are templates, outcomes are status codes.
 */
@Injectable()
export class MetricsService {
  private readonly logger = new Logger('metrics');
  readonly registry = new Registry();

  private readonly requestDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by method, route template and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  private readonly bookingAttempts = new Counter({
    name: 'wac_booking_attempts_total',
    help: 'Answers to POST /api/bookings by status: 201 booked, 409 full/limit/already booked, 422 refused by the rules',
    labelNames: ['status'] as const,
    registers: [this.registry],
  });

  private readonly callbacksCreated = new Counter({
    name: 'wac_callback_requests_created_total',
    help: 'Call-back requests answered 201 (a retried request with the same Idempotency-Key counts again)',
    registers: [this.registry],
  });

  private readonly outboxPending = new Gauge({
    name: 'wac_outbox_pending_notifications',
    help: 'WeChat notices waiting in the outbox: due (send time reached) or scheduled (later)',
    labelNames: ['state'] as const,
    registers: [this.registry],
  });

  private readonly outboxOldestAge = new Gauge({
    name: 'wac_outbox_oldest_pending_age_seconds',
    help: 'Age of the oldest pending notice since it was queued (reminders are queued days ahead)',
    registers: [this.registry],
  });

  private readonly outboxOldestDueWait = new Gauge({
    name: 'wac_outbox_oldest_due_wait_seconds',
    help: 'How long the oldest due notice has waited past its send time (0: none waiting); alert on this',
    registers: [this.registry],
  });

  private readonly jobLag = new Gauge({
    name: 'wac_job_seconds_since_last_run',
    help: 'Seconds since each background job last finished a run (reminders, erasure, escalation…); alert when one stops',
    labelNames: ['job'] as const,
    registers: [this.registry],
  });

  private readonly jobFailed = new Gauge({
    name: 'wac_job_last_run_failed',
    help: "1 when a background job's last run failed (the reason is in job_run.lastError), else 0",
    labelNames: ['job'] as const,
    registers: [this.registry],
  });

  /** Only with a pool to report (MySQL): SQLite has one connection in the process. */
  private readonly pool = this.repository.poolStats() === undefined ? undefined : this.poolGauges();

  constructor(
    private readonly repository: MetricsRepository,
    private readonly clock: Clock,
  ) {
    collectDefaultMetrics({ register: this.registry });
  }

  /** Called once per answered request, with the route template (see http-labels.ts). */
  recordRequest(method: string, route: string, status: number, seconds: number): void {
    this.requestDuration.observe({ method, route, status: String(status) }, seconds);
    if (method === 'POST' && route === '/api/bookings') {
      this.bookingAttempts.inc({ status: String(status) });
    } else if (method === 'POST' && route === '/api/callbacks' && status === 201) {
      this.callbacksCreated.inc();
    }
  }

  /** The text Prometheus scrapes; reads the database-backed gauges first. */
  async render(): Promise<string> {
    await this.refreshDatabaseGauges();
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  private async refreshDatabaseGauges(): Promise<void> {
    const pool = this.repository.poolStats();
    if (pool && this.pool) {
      this.pool.connections.set({ state: 'in_use' }, pool.inUse);
      this.pool.connections.set({ state: 'idle' }, pool.idle);
      this.pool.queued.set(pool.queued);
      this.pool.max.set(pool.max);
    }
    const now = this.clock.now();
    try {
      const outbox = await this.repository.outboxBacklog(now);
      this.outboxPending.set({ state: 'due' }, outbox.due);
      this.outboxPending.set({ state: 'scheduled' }, outbox.scheduled);
      this.outboxOldestAge.set(secondsSince(outbox.oldestPendingCreatedAt, now));
      this.outboxOldestDueWait.set(secondsSince(outbox.oldestDueSendAfter, now));
    } catch (error) {
      // No numbers rather than stale ones: the series disappear, and an absent() alert or readiness tells why.
      [this.outboxPending, this.outboxOldestAge, this.outboxOldestDueWait].forEach((gauge) => gauge.reset());
      this.logger.warn({ msg: 'could not read the outbox for metrics', code: (error as { code?: string }).code });
    }
    try {
      const runs = await this.repository.jobRuns();
      this.jobLag.reset();
      this.jobFailed.reset();
      for (const run of runs) {
        if (run.lastFinishedAt) {
          this.jobLag.set({ job: run.name }, secondsSince(run.lastFinishedAt, now));
        }
        this.jobFailed.set({ job: run.name }, run.lastError ? 1 : 0);
      }
    } catch (error) {
      [this.jobLag, this.jobFailed].forEach((gauge) => gauge.reset());
      this.logger.warn({ msg: 'could not read the job runs for metrics', code: (error as { code?: string }).code });
    }
  }

  private poolGauges() {
    return {
      connections: new Gauge({
        name: 'wac_db_pool_connections',
        help: 'MySQL pool connections of this process, in use or idle',
        labelNames: ['state'] as const,
        registers: [this.registry],
      }),
      queued: new Gauge({
        name: 'wac_db_pool_queued_requests',
        help: 'Queries of this process waiting for a free MySQL pool connection',
        registers: [this.registry],
      }),
      max: new Gauge({
        name: 'wac_db_pool_max_connections',
        help: 'Size limit of the MySQL pool of this process',
        registers: [this.registry],
      }),
    };
  }
}

function secondsSince(then: Date | null, now: Date): number {
  return then === null ? 0 : Math.max(0, (now.getTime() - then.getTime()) / 1000);
}
