import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, LessThan, type DataSource } from 'typeorm';
import { JobRun } from './job-run.entity.js';

@Injectable()
export class JobsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async ensure(names: readonly string[]): Promise<void> {
    if (names.length > 0) {
      await this.dataSource
        .createQueryBuilder()
        .insert()
        .into(JobRun)
        .values(names.map((name) => ({ name })))
        .orIgnore()
        .execute();
    }
  }

  findAll(): Promise<JobRun[]> {
    return this.dataSource.getRepository(JobRun).find({ order: { name: 'ASC' } });
  }

  /**
   * Takes the job for `owner` if nobody holds a live lease and nobody started it since `seenStartedAt` (the value
   * this process read when it decided the job was due). Of several processes deciding at once, one wins.
   */
  async claim(name: string, owner: string, seenStartedAt: Date | null, now: Date, leaseUntil: Date): Promise<boolean> {
    const result = await this.dataSource
      .createQueryBuilder()
      .update(JobRun)
      .set({ owner, leaseUntil, lastStartedAt: now, runs: () => 'runs + 1' })
      .where([
        { name, leaseUntil: IsNull(), lastStartedAt: seenStartedAt ?? IsNull() },
        { name, leaseUntil: LessThan(now), lastStartedAt: seenStartedAt ?? IsNull() },
      ])
      .execute();
    return (result.affected ?? 0) === 1;
  }

  /** Extends the lease while the job runs; false when another process has taken it over meanwhile. */
  async renew(name: string, owner: string, leaseUntil: Date): Promise<boolean> {
    const result = await this.dataSource.getRepository(JobRun).update({ name, owner }, { leaseUntil });
    return (result.affected ?? 0) === 1;
  }

  async finish(name: string, owner: string, now: Date, lastError: string | null): Promise<void> {
    await this.dataSource
      .getRepository(JobRun)
      .update({ name, owner }, { owner: null, leaseUntil: null, lastFinishedAt: now, lastError });
  }
}
