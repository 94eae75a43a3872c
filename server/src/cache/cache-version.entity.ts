import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One counter per cached thing (see cache-names.ts). A write that changes what a cache holds bumps its counter in
 * the same transaction; every process compares the counter with the one its copy was loaded under, so a change made
 * through any process is seen by all of them at once.
 */
@Entity('cache_version')
export class CacheVersion {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  name: string;

  @Column({ type: 'int' })
  version: number;
}
