import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One row per background job: who holds its lease and when it last ran. Every server process reads the same rows,
 * so a job runs once per period however many processes there are; changes are compare-and-swap updates, which a
 * Galera cluster certifies across nodes like any other write to the row.
 */
@Entity('job_run')
export class JobRun {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  name: string;

  /** The process running it now (host:pid:random), or NULL when nobody is. */
  @Column({ type: 'varchar', length: 96, nullable: true, default: null })
  owner: string | null;

  /** The owner's lease ends here unless renewed; after it, another process may take the job over. */
  @Column({ type: 'datetime', precision: 6, nullable: true, default: null })
  leaseUntil: Date | null;

  @Column({ type: 'datetime', precision: 6, nullable: true, default: null })
  lastStartedAt: Date | null;

  @Column({ type: 'datetime', precision: 6, nullable: true, default: null })
  lastFinishedAt: Date | null;

  /** Why the last run failed (an error name and message, never personal data), NULL after a good run. */
  @Column({ type: 'varchar', length: 200, nullable: true, default: null })
  lastError: string | null;

  @Column({ type: 'int', default: 0 })
  runs: number;
}
