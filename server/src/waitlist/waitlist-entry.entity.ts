import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  Unique,
  type Relation,
} from 'typeorm';
import { type BookableService } from '@wac/rules';
import { Centre } from '../centres/centre.entity.js';
import { Client } from '../identity/client.entity.js';

export const WAITLIST_STATUSES = [
  'waiting',
  'offered',
  'accepted',
  'declined',
  'expired',
  'withdrawn',
  'lapsed',
] as const;
export type WaitlistStatus = (typeof WAITLIST_STATUSES)[number];

/**
 * A woman waiting for a place on a full day (one centre, one service). When a place frees, the first in line is
 * offered it: the place is held for her (an `offered` booking) until she accepts, declines, or the offer lapses.
 */
@Entity('waitlist_entry')
@Index('IDX_waitlist_line', ['centreCode', 'date', 'service', 'status', 'queueOrder'])
@Unique('UQ_waitlist_active', ['clientId', 'centreCode', 'date', 'service', 'activeKey'])
export class WaitlistEntry {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 36 })
  clientId: string;

  @ManyToOne(() => Client, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'clientId' })
  client?: Relation<Client>;

  @Column({ type: 'varchar', length: 32 })
  centreCode: string;

  @ManyToOne(() => Centre, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'centreCode' })
  centre?: Relation<Centre>;

  @Column({ type: 'varchar', length: 10 })
  date: string;

  @Column({ type: 'varchar', length: 16 })
  service: BookableService;

  @Column({ type: 'varchar', length: 16 })
  status: WaitlistStatus;

  /** 1 while she is in line or holding an offer, NULL after: one active entry per day and service. */
  @Column({ type: 'int', nullable: true, default: null })
  activeKey: number | null;

  /** The held place while an offer stands. */
  @Column({ type: 'varchar', length: 36, nullable: true, default: null })
  offerBookingId: string | null;

  /** Her place in line, given by the database when she joined (one more than the last); ties go by id. */
  @Column({ type: 'double' })
  queueOrder: number;

  @CreateDateColumn({ type: 'datetime', precision: 6 })
  createdAt: Date;
}
