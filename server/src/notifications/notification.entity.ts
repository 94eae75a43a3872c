import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** Notices to her, through WeChat subscribe messages she agreed to. */
export const WOMAN_NOTICE_KINDS = [
  'booking_confirmed',
  'booking_declined',
  'booking_reminder',
  'waitlist_offer',
  'booking_day_closed',
] as const;

/** Notices to a centre's staff: its WeCom group robot, and each staff member who bound WeChat to their login. */
export const STAFF_NOTICE_KINDS = [
  'staff_new_booking',
  'staff_new_callback',
  'staff_offer_accepted',
  'staff_booking_waiting',
  'staff_daily_digest',
  'staff_day_closed',
  'staff_reveal_limit',
] as const;

export const NOTIFICATION_KINDS = [...WOMAN_NOTICE_KINDS, ...STAFF_NOTICE_KINDS] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
export type WomanNoticeKind = (typeof WOMAN_NOTICE_KINDS)[number];
export type StaffNoticeKind = (typeof STAFF_NOTICE_KINDS)[number];

/**
 * `wechat`: a subscribe message to her (`clientId`) or to a staff member (`accountId`); `wecom`: a centre's group
 * robot; `centre`: a notice to a centre not yet addressed, which the sender fans out into one row per recipient
 * (so the transaction that causes it writes one row, and each recipient is still served exactly once).
 */
export type NotificationChannel = 'wechat' | 'wecom' | 'centre';

export type NotificationStatus = 'pending' | 'sent' | 'skipped' | 'failed';

/**
 * The outbox: a notice to send once, by the sender job, after `sendAfter`, written in the same transaction as the
 * change it announces. It carries ids only; the text is built at send time from the booking as it is then, so a
 * cancelled or moved booking never gets a stale notice, and nothing personal is ever in the text.
 */
@Entity('notification')
@Index('IDX_notification_due', ['status', 'sendAfter'])
export class Notification {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 16, default: 'wechat' })
  channel: NotificationChannel;

  /** Her, for a notice to a woman. */
  @Column({ type: 'varchar', length: 36, nullable: true, default: null })
  clientId: string | null;

  /** The centre, for a notice to its staff. */
  @Column({ type: 'varchar', length: 32, nullable: true, default: null })
  centreCode: string | null;

  /** The staff member, for a WeChat notice fanned out from a centre notice. */
  @Column({ type: 'varchar', length: 36, nullable: true, default: null })
  accountId: string | null;

  @Column({ type: 'varchar', length: 24 })
  kind: NotificationKind;

  @Column({ type: 'varchar', length: 36, nullable: true, default: null })
  bookingId: string | null;

  /** The booking's start when the notice was queued: a booking moved since then is not announced. */
  @Column({ type: 'varchar', length: 16, nullable: true, default: null })
  bookingStart: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true, default: null })
  callbackId: string | null;

  /** A count or a date the text needs (e.g. how many bookings must be moved), never personal data. */
  @Column({ type: 'varchar', length: 32, nullable: true, default: null })
  detail: string | null;

  @Column({ type: 'datetime', precision: 6 })
  sendAfter: Date;

  @Column({ type: 'varchar', length: 16 })
  status: NotificationStatus;

  @Column({ type: 'int' })
  attempts: number;

  /** WeChat's or WeCom's error code or our reason, never personal data. */
  @Column({ type: 'varchar', length: 64, nullable: true, default: null })
  lastError: string | null;

  @CreateDateColumn({ type: 'datetime', precision: 6 })
  createdAt: Date;
}
