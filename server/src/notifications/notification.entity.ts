import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

export const NOTIFICATION_KINDS = [
  'booking_confirmed',
  'booking_declined',
  'booking_reminder',
  'waitlist_offer',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export type NotificationStatus = 'pending' | 'sent' | 'skipped' | 'failed';

/**
 * The outbox: a WeChat notice to send once, by the sender job, after `sendAfter`. It carries ids only; the text is
 * built at send time from the booking as it is then, so a cancelled or moved booking never gets a stale notice.
 */
@Entity('notification')
@Index('IDX_notification_due', ['status', 'sendAfter'])
export class Notification {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 36 })
  clientId: string;

  @Column({ type: 'varchar', length: 24 })
  kind: NotificationKind;

  @Column({ type: 'varchar', length: 36 })
  bookingId: string;

  /** The booking's start when the notice was queued: a booking moved since then is not announced. */
  @Column({ type: 'varchar', length: 16 })
  bookingStart: string;

  @Column({ type: 'datetime', precision: 6 })
  sendAfter: Date;

  @Column({ type: 'varchar', length: 16 })
  status: NotificationStatus;

  @Column({ type: 'int' })
  attempts: number;

  /** WeChat's error code or our reason, never personal data. */
  @Column({ type: 'varchar', length: 64, nullable: true, default: null })
  lastError: string | null;

  @CreateDateColumn({ type: 'datetime', precision: 6 })
  createdAt: Date;
}
