import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LessThanOrEqual, MoreThan, type DataSource } from 'typeorm';
import { JobRun } from '../jobs/job-run.entity.js';
import { Notification } from '../notifications/notification.entity.js';
import { poolStatsOf, type PoolStats } from './pool-stats.js';

export interface OutboxBacklog {
  due: number;
  scheduled: number;
  oldestPendingCreatedAt: Date | null;
  oldestDueSendAfter: Date | null;
}

/** What the metrics read from the database at each scrape (shared by every process: the same value everywhere). */
@Injectable()
export class MetricsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async outboxBacklog(now: Date): Promise<OutboxBacklog> {
    const notifications = this.dataSource.getRepository(Notification);
    const due = { status: 'pending' as const, sendAfter: LessThanOrEqual(now) };
    const [dueCount, scheduled, oldestPending, oldestDue] = await Promise.all([
      notifications.count({ where: due }),
      notifications.count({ where: { status: 'pending', sendAfter: MoreThan(now) } }),
      notifications.findOne({ where: { status: 'pending' }, order: { createdAt: 'ASC' }, select: { createdAt: true } }),
      notifications.findOne({ where: due, order: { sendAfter: 'ASC' }, select: { sendAfter: true } }),
    ]);
    return {
      due: dueCount,
      scheduled,
      oldestPendingCreatedAt: oldestPending?.createdAt ?? null,
      oldestDueSendAfter: oldestDue?.sendAfter ?? null,
    };
  }

  /** Each background job: when it last finished, and whether that run failed. */
  jobRuns(): Promise<Pick<JobRun, 'name' | 'lastFinishedAt' | 'lastError'>[]> {
    return this.dataSource
      .getRepository(JobRun)
      .find({ select: { name: true, lastFinishedAt: true, lastError: true }, order: { name: 'ASC' } });
  }

  /** The MySQL connection pool right now; undefined on SQLite, which has one connection and no pool. */
  poolStats(): PoolStats | undefined {
    if (this.dataSource.options.type === 'better-sqlite3') {
      return undefined;
    }
    return poolStatsOf((this.dataSource.driver as unknown as { pool?: unknown }).pool);
  }
}
