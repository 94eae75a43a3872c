import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Centre } from '../centres/centre.entity.js';
import type { AgeBand, Profession, RecordCategory, RecordChannel, RecordService, Referral } from '@wac/rules';

/**
 * An anonymized consultation record (来访来电登记): what kind of help, not who. It holds no name, phone, WeChat id
 * or link to a booking or callback (which would lead back to her). Corrections after the grace period are new
 * versions: `supersededBy` points at the newer one, and reports count only current versions.
 */
@Entity('consultation_record')
@Index('IDX_record_centre_date', ['centreCode', 'date'])
export class ConsultationRecord {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 32 })
  centreCode: string;

  @ManyToOne(() => Centre, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'centreCode' })
  centre?: Relation<Centre>;

  @Column({ type: 'varchar', length: 10 })
  date: string;

  @Column({ type: 'varchar', length: 16 })
  channel: RecordChannel;

  @Column({ type: 'varchar', length: 24 })
  category: RecordCategory;

  @Column({ type: 'simple-json' })
  services: RecordService[];

  @Column({ type: 'simple-json' })
  referrals: Referral[];

  @Column({ type: 'boolean' })
  followUpNeeded: boolean;

  @Column({ type: 'int' })
  durationMinutes: number;

  @Column({ type: 'varchar', length: 16 })
  helperProfession: Profession;

  @Column({ type: 'varchar', length: 16 })
  ageBand: AgeBand;

  @Column({ type: 'varchar', length: 32 })
  area: string;

  /** A minor or a person without full capacity may be harmed: the duty to report to the police applies. */
  @Column({ type: 'boolean' })
  mandatoryReport: boolean;

  /** Optional, short, warned about, and left out of every export. */
  @Column({ type: 'varchar', length: 100, nullable: true, default: null })
  note: string | null;

  @Column({ type: 'varchar', length: 36 })
  createdBy: string;

  @Column({ type: 'varchar', length: 36, nullable: true, default: null })
  supersedes: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true, default: null })
  supersededBy: string | null;

  /** Set from the service clock: the edit grace period is measured from it. */
  @Column({ type: 'datetime', precision: 6 })
  createdAt: Date;
}
