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
import type { BookableService, BookingNeed, BookingStatus } from '@wac/rules';
import { Centre } from '../centres/centre.entity.js';
import { Client } from '../identity/client.entity.js';

export const CONTACT_PREFERENCES = ['in_app', 'wechat_notice'] as const;
export type ContactPreference = (typeof CONTACT_PREFERENCES)[number];

/**
 * A woman's booking of one consultation. While it holds a place, `seat` (1…capacity of its service at that time)
 * and `roomSeat` (1…rooms) are set; unique constraints on them make overbooking impossible even if every check
 * above them failed. Releasing the place (cancel, decline) sets them to NULL, which unique indexes allow many of.
 */
@Entity('booking')
@Unique('UQ_booking_service_seat', ['centreCode', 'date', 'startTime', 'service', 'seat'])
@Unique('UQ_booking_room_seat', ['centreCode', 'date', 'startTime', 'roomSeat'])
@Unique('UQ_booking_person_time', ['date', 'startTime', 'activeClientId'])
@Unique('UQ_booking_idempotency', ['clientId', 'idempotencyKey'])
@Index('IDX_booking_centre_day', ['centreCode', 'date'])
@Index('IDX_booking_client', ['clientId'])
export class Booking {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 32 })
  centreCode: string;

  @ManyToOne(() => Centre, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'centreCode' })
  centre?: Relation<Centre>;

  @Column({ type: 'varchar', length: 10 })
  date: string;

  @Column({ type: 'varchar', length: 5 })
  startTime: string;

  @Column({ type: 'varchar', length: 5 })
  endTime: string;

  @Column({ type: 'varchar', length: 16 })
  service: BookableService;

  @Column({ type: 'varchar', length: 36 })
  clientId: string;

  @ManyToOne(() => Client, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'clientId' })
  client?: Relation<Client>;

  @Column({ type: 'varchar', length: 16 })
  status: BookingStatus;

  @Column({ type: 'int', nullable: true, default: null })
  seat: number | null;

  @Column({ type: 'int', nullable: true, default: null })
  roomSeat: number | null;

  /** The client id while the booking holds a place, else NULL: one person, one place at a time. */
  @Column({ type: 'varchar', length: 36, nullable: true, default: null })
  activeClientId: string | null;

  @Column({ type: 'varchar', length: 64 })
  idempotencyKey: string;

  /** Her short code (common/short-code.ts): find, cancel or move the booking with it alone. */
  @Column({ type: 'varchar', length: 10, unique: true })
  code: string;

  /** What she wrote, encrypted (AES-256-GCM); shown only to her and to the staff of the centre she chose. */
  @Column({ type: 'varchar', length: 1024, nullable: true, default: null })
  topic: string | null;

  @Column({ type: 'varchar', length: 16 })
  contactPreference: ContactPreference;

  @Column({ type: 'simple-json', nullable: true, default: null })
  needs: BookingNeed[] | null;

  /** Only for a place held for the first woman on a waiting list (`offered`): when the offer lapses. */
  @Column({ type: 'datetime', precision: 6, nullable: true, default: null })
  offerExpiresAt: Date | null;

  @Column({ type: 'varchar', length: 32, nullable: true, default: null })
  declineReason: string | null;

  /** Which staff account made the last status change (null for the woman's own changes). */
  @Column({ type: 'varchar', length: 36, nullable: true, default: null })
  statusChangedBy: string | null;

  @Column({ type: 'datetime', precision: 6 })
  statusChangedAt: Date;

  @Column({ type: 'int' })
  version: number;

  /** A consultation record was made for it (the record itself carries no link back). */
  @Column({ type: 'boolean', default: false })
  recorded: boolean;

  @CreateDateColumn({ type: 'datetime', precision: 6 })
  createdAt: Date;
}

/** Serialises bookings of one centre's slot time across server processes (MySQL row lock). */
@Entity('slot_lock')
export class SlotLock {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  centreCode: string;

  @PrimaryColumn({ type: 'varchar', length: 10 })
  date: string;

  @PrimaryColumn({ type: 'varchar', length: 5 })
  startTime: string;
}
