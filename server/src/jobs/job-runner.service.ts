import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Clock } from '../common/clock.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { JobRun } from './job-run.entity.js';
import { JobsRepository } from './jobs.repository.js';
import { dueAt, type JobSchedule } from './schedule.js';

export interface Job {
  /** Stable and unique: the row in `job_run` that holds its lease. */
  name: string;
  schedule: JobSchedule;
  /** Does one round of the work; returns how many things it handled (for the log). */
  run(now: Date): Promise<number>;
}

/** A run that takes longer than this without renewing is presumed dead and may be taken over. */
const LEASE_MS = 5 * 60 * 1000;

/**
 * The one place background work starts. Features register their jobs; every process ticks, and for each due job
 * takes a lease in the database by compare-and-swap, so each run happens in one process only, and a process that
 * dies mid-run is replaced when its lease ends. This is the only timer in the server.
 */
@Injectable()
export class JobRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('jobs');
  private readonly jobs = new Map<string, Job>();
  private readonly owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private timer?: NodeJS.Timeout;
  private ticking?: Promise<void>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly runs: JobsRepository,
    private readonly clock: Clock,
  ) {}

  /** Called by features from `onModuleInit`, before the runner starts. */
  register(job: Job): void {
    if (this.jobs.has(job.name)) {
      throw new Error(`job ${job.name} is registered twice`);
    }
    this.jobs.set(job.name, job);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.runs.ensure([...this.jobs.keys()]);
    if (this.config.jobs.enabled) {
      this.timer = setInterval(() => void this.tick(), this.config.jobs.tickSeconds * 1000);
      this.timer.unref();
    }
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.ticking;
  }

  /** Every job with its last run and when it is next due (for metrics and the operator). */
  async status(): Promise<(JobRun & { dueAt: Date })[]> {
    const now = this.clock.now();
    return (await this.runs.findAll())
      .filter((row) => this.jobs.has(row.name))
      .map((row) => ({ ...row, dueAt: dueAt((this.jobs.get(row.name) as Job).schedule, row.lastStartedAt, now) }));
  }

  /** Runs every job that is due and not running elsewhere; returns the names of those this process ran. */
  async runDue(): Promise<string[]> {
    const now = this.clock.now();
    const ran: string[] = [];
    for (const row of await this.runs.findAll()) {
      const job = this.jobs.get(row.name);
      if (job && dueAt(job.schedule, row.lastStartedAt, now).getTime() <= now.getTime()) {
        if (await this.runClaimed(job, row.lastStartedAt)) {
          ran.push(job.name);
        }
      }
    }
    return ran;
  }

  /** Runs one job now whether due or not (tests and the operator), still under its lease. */
  async runNow(name: string): Promise<boolean> {
    const job = this.jobs.get(name);
    if (!job) {
      throw new Error(`no job named ${name}`);
    }
    const row = (await this.runs.findAll()).find((candidate) => candidate.name === name);
    return this.runClaimed(job, row?.lastStartedAt ?? null);
  }

  private tick(): Promise<void> {
    if (!this.ticking) {
      this.ticking = this.runDue()
        .then(() => undefined)
        .catch((error: unknown) => this.logger.error({ msg: 'job tick failed', error: describe(error) }))
        .finally(() => {
          this.ticking = undefined;
        });
    }
    return this.ticking;
  }

  private async runClaimed(job: Job, seenStartedAt: Date | null): Promise<boolean> {
    const now = this.clock.now();
    let claimed: boolean;
    try {
      claimed = await this.runs.claim(job.name, this.owner, seenStartedAt, now, leaseEnd(now));
    } catch (error) {
      // On a Galera cluster two nodes claiming at once end in a certification conflict: the other one won.
      this.logger.debug({ msg: 'claim lost', job: job.name, error: describe(error) });
      return false;
    }
    if (!claimed) {
      return false;
    }
    const heartbeat = setInterval(
      () => void this.runs.renew(job.name, this.owner, leaseEnd(this.clock.now())).catch(() => undefined),
      LEASE_MS / 3,
    );
    heartbeat.unref();
    let failure: string | null = null;
    try {
      const handled = await job.run(now);
      if (handled > 0) {
        this.logger.log({ msg: 'job ran', job: job.name, handled });
      }
    } catch (error) {
      failure = describe(error);
      this.logger.error({ msg: 'job failed', job: job.name, error: failure });
    } finally {
      clearInterval(heartbeat);
      await this.runs.finish(job.name, this.owner, this.clock.now(), failure);
    }
    return true;
  }
}

const leaseEnd = (now: Date) => new Date(now.getTime() + LEASE_MS);

/**
 * Enough of an error to act on and nothing personal: a driver error's code only (its message can quote the
 * values of a row), our own errors' name and message.
 */
function describe(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    return `${error instanceof Error ? error.name : 'Error'} ${code}`;
  }
  return (error instanceof Error ? `${error.name}: ${error.message}` : 'unknown error').slice(0, 200);
}
