import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export const CENTRE_STATUSES = ['preparing', 'open'] as const;
export type CentreStatus = (typeof CENTRE_STATUSES)[number];

export const CENTRE_SERVICES = [
  'hotline',
  'legal',
  'counselling',
  'mediation',
  'relief',
  'anti_domestic_violence',
  'publicity',
] as const;
export type CentreService = (typeof CENTRE_SERVICES)[number];

/** One of the 13 centres. Coordinates are GCJ-02 (what WeChat's maps use); conversion happens at the edges. */
@Entity('centre')
export class Centre {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  code: string;

  @Column({ type: 'varchar', length: 64 })
  name: string;

  @Column({ type: 'varchar', length: 64 })
  area: string;

  @Column({ type: 'varchar', length: 255 })
  address: string;

  @Column({ type: 'double' })
  latitude: number;

  @Column({ type: 'double' })
  longitude: number;

  /** True while the position is the area's seat rather than the centre's own door. */
  @Column({ type: 'boolean' })
  approximate: boolean;

  @Column({ type: 'varchar', length: 32 })
  phone: string;

  @Column({ type: 'varchar', length: 16 })
  status: CentreStatus;

  @Column({ type: 'simple-json' })
  services: CentreService[];

  @Column({ type: 'varchar', length: 255 })
  openingHours: string;

  @Column({ type: 'simple-json' })
  workRules: string[];

  @Column({ type: 'simple-json' })
  serviceScope: string[];

  /** Order of the district picker and of the list when no position is known. */
  @Column({ type: 'int' })
  sortOrder: number;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt: Date;
}
